// The words of the demo stories: plain Dutch (B1) sentences a klantmanager might write, put
// together per situation, approach and outcome. Nobody in them has a name, an address or a number:
// the stories are invented and must not look like anyone's file.
export type Situation = "schulden" | "werk" | "wonen" | "zorg" | "gezin" | "eenzaamheid";
export type Approach = "huisbezoek" | "maatwerk" | "doorverwijzen" | "samen_plan" | "netwerk" | "regels_toepassen";
export type Outcome = "opgelost" | "beter" | "hetzelfde" | "slechter";

export const people = [
  "een inwoner", "een jonge moeder", "een oudere man", "een vader van drie kinderen", "een vrouw van middelbare leeftijd",
  "een jongen van negentien", "een alleenstaande moeder", "een man die net gescheiden was", "een oudere vrouw", "een gezin met twee pubers",
];

export const openings: Record<Situation, string[]> = {
  schulden: [
    "{who} kwam bij mij met een tas vol ongeopende brieven.",
    "{who} had al maanden de huur niet betaald en durfde de post niet meer open te maken.",
    "Bij {who} stapelden de rekeningen zich op. De energie zou worden afgesloten.",
    "{who} belde in paniek: er stond een deurwaarder aan de deur.",
    "{who} had schulden bij vijf verschillende partijen en zag door de bomen het bos niet meer.",
  ],
  werk: [
    "{who} zat al twee jaar thuis en wilde graag weer aan het werk.",
    "{who} had een uitkering en was bang om een baan te proberen, want dan zou alles anders worden.",
    "{who} kon geen werk vinden door een taalachterstand.",
    "{who} wilde werken, maar kon door klachten maar een paar uur per dag.",
    "{who} was ontslagen en wist niet waar hij of zij moest beginnen.",
  ],
  wonen: [
    "{who} moest binnen een maand het huis uit.",
    "{who} woonde in een huis met schimmel en durfde de verhuurder niet te bellen.",
    "{who} sliep al weken bij vrienden op de bank.",
    "{who} had ruzie met de buren en wilde weg uit de wijk.",
    "Het huis van {who} was te groot en te duur geworden na een scheiding.",
  ],
  zorg: [
    "{who} had al lang pijn, maar ging niet naar de huisarts.",
    "{who} zorgde voor een zieke partner en was zelf op.",
    "{who} kreeg de zorg die nodig was niet rond, omdat niemand zich verantwoordelijk voelde.",
    "{who} kwam net uit het ziekenhuis en kon thuis niet goed voor zichzelf zorgen.",
    "{who} had psychische klachten en was gestopt met de behandeling.",
  ],
  gezin: [
    "{who} had veel zorgen over de kinderen, die niet meer naar school gingen.",
    "In het gezin van {who} liep de spanning thuis hoog op.",
    "{who} wist zich geen raad met een puber die steeds later thuiskwam.",
    "{who} stond er na een scheiding alleen voor met de opvoeding.",
    "{who} vroeg hulp omdat de kinderen te weinig te eten kregen aan het eind van de maand.",
  ],
  eenzaamheid: [
    "{who} kwam bijna de deur niet meer uit en sprak soms dagen niemand.",
    "{who} was na de dood van de partner heel alleen komen te staan.",
    "{who} woonde net in de stad en kende nog niemand.",
    "{who} zei tegen mij: ik besta eigenlijk voor niemand meer.",
    "{who} had geen contact meer met familie en voelde zich steeds somberder.",
  ],
};

export const middles: Record<Approach, string[]> = {
  huisbezoek: [
    "Ik ben bij {them} thuis langsgegaan. Aan de keukentafel kwam het hele verhaal eruit.",
    "In plaats van nog een brief te sturen, ben ik op huisbezoek gegaan. Thuis zag ik veel meer dan op kantoor.",
    "Ik heb aangebeld en gewoon een kop koffie gedronken. Daardoor ontstond er vertrouwen.",
  ],
  maatwerk: [
    "De standaardregeling paste niet, dus ik heb met mijn teamleider gekeken wat wel kon. We zijn bewust van de regel afgeweken.",
    "Ik heb uitgelegd waarom deze situatie anders was en kreeg ruimte om maatwerk te leveren.",
    "Volgens het protocol hoorde het niet zo, maar we hebben een oplossing op maat gemaakt die wel werkte.",
  ],
  doorverwijzen: [
    "Ik heb {them} doorverwezen naar een andere organisatie die hier meer van weet.",
    "Dit viel niet onder onze taken, dus ik heb een verwijzing gemaakt en het dossier overgedragen.",
    "Ik heb het telefoonnummer van een andere instantie gegeven en gezegd dat ze daar verder konden helpen.",
  ],
  samen_plan: [
    "We hebben samen een plan gemaakt, in de woorden van {them} zelf. Ik vroeg steeds: wat wil jij?",
    "Ik liet {them} zelf de eerste stap kiezen. Samen schreven we op wie wat zou doen.",
    "We maakten een plan met kleine stappen. Elke week keken we samen hoe het ging.",
  ],
  netwerk: [
    "Ik vroeg wie er nog meer om {them} heen stond. Een buurvrouw en een neef wilden graag helpen.",
    "We hebben de mensen om {them} heen uitgenodigd voor een gesprek. Iedereen nam een stukje op zich.",
    "Via de kerk en de sportclub vonden we mensen die een handje wilden helpen.",
  ],
  regels_toepassen: [
    "Ik heb de regels zorgvuldig gevolgd en alle formulieren laten invullen.",
    "Ik heb precies gedaan wat de procedure voorschrijft, stap voor stap.",
    "Ik heb uitgelegd wat de regels zijn en gevraagd om de ontbrekende papieren aan te leveren.",
  ],
};

export const endings: Record<Outcome, string[]> = {
  opgelost: [
    "Na een paar weken was het probleem echt opgelost. {They} zei: eindelijk kan ik weer slapen.",
    "Het is gelukt. Er is nu rust en {them} weet de weg weer te vinden.",
    "Het probleem is van tafel. Ik merkte hoe opgelucht {them} was.",
  ],
  beter: [
    "Het gaat nu beter, al zijn we er nog niet. De eerste stappen zijn gezet.",
    "Er is nog werk te doen, maar de grootste zorgen zijn weg.",
    "Het is nog niet klaar, maar {them} heeft weer moed.",
  ],
  hetzelfde: [
    "Er veranderde eigenlijk niets. We staan nog steeds op hetzelfde punt.",
    "Het bleef hangen. De papieren kwamen niet en het contact liep dood.",
    "Ik weet niet of het iets heeft opgeleverd. Er is nog niets veranderd.",
  ],
  slechter: [
    "Het liep helaas slechter af. Het vertrouwen was weg en {them} haakte af.",
    "Uiteindelijk werd het erger. Ik had het gevoel dat we te laat waren.",
    "Het ging mis. {They} voelde zich van het kastje naar de muur gestuurd.",
  ],
};

/** An extra sentence now and then, so no two stories read alike. */
export const asides = [
  "Het kostte wel meer tijd dan gepland.",
  "Mijn collega dacht mee, dat hielp.",
  "Ik twijfelde eerst of dit wel mijn taak was.",
  "Achteraf had ik dit eerder moeten doen.",
  "Het gesprek duurde veel langer dan normaal.",
  "Er was veel wantrouwen naar de gemeente.",
  "De wachtlijst was een groot probleem.",
  "Ik heb goed geluisterd en weinig gezegd.",
];

export const titles: Record<Situation, string[]> = {
  schulden: ["Brieven op tafel", "De deurwaarder aan de deur", "Geldzorgen"],
  werk: ["Weer aan het werk", "Een eerste stap naar werk", "Bang voor een baan"],
  wonen: ["Geen dak boven het hoofd", "Schimmel in huis", "Een nieuw huis"],
  zorg: ["Zorg die niet rond kwam", "Thuis na het ziekenhuis", "Te lang gewacht"],
  gezin: ["Zorgen om de kinderen", "Spanning thuis", "Alleen met de opvoeding"],
  eenzaamheid: ["Niemand om mee te praten", "Weer onder de mensen", "Alleen"],
};

export const lessons = [
  "Ga eerst luisteren, dan pas oplossen.",
  "Kijk verder dan het formulier.",
  "Durf af te wijken als de regel niet past.",
  "Haal de mensen om iemand heen erbij.",
  "Maak de stappen klein.",
  "Blijf zelf aanspreekpunt, ook na een verwijzing.",
  "Ga op huisbezoek, dan zie je meer.",
];
