// Frequent Dutch words that can stand capitalised at the start of a sentence or in a title. After
// a cue, a capitalised word that is one of these ("Mevrouw Daarna…", "zoon Wil…") is not a name.
export const commonWords: readonly string[] = `
de het een en van ik je jij u is dat niet op te in met die voor zijn was er maar ook als bij mijn wat
we wij naar heb heeft had hij zij ze om nog wel geen door dan toen nu daarna daarom dus want omdat
sinds tot na zo al alle alles iets niets niemand iemand hier daar waar wie hoe waarom wanneer deze
dit die dat onze ons hun haar zijn uw jullie men mevrouw meneer heer vrouw man kind kinderen ouders
gisteren vandaag morgen eerst later vroeger soms vaak altijd nooit steeds weer even ineens samen
eindelijk helaas gelukkig volgens tijdens zonder tegen onder boven achter tussen over via uit aan
toch nog maar ja nee oké goed slecht veel weinig meer minder ander andere eigen nieuwe oude grote
kleine eerste tweede derde laatste volgende vorige week maand jaar dag dagen uur avond ochtend
middag nacht thuis werk school huis geld schuld schulden huur brief post telefoon afspraak gesprek
verhaal gemeente dienst sociale wijkteam team collega cliënt klant gezin familie zoon dochter broer
zus moeder vader opa oma vriend vriendin buurman buurvrouw hulp zorg wet regeling uitkering bijstand
toeslag bank rekening formulier stichting centrum ziekenhuis kliniek huisarts dokter school
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni
juli augustus september oktober november december kerst kerstmis pasen ramadan suikerfeest
nederland nederlands nederlandse engels arabisch turks pools
wil kan mag moet zal zou kon mocht moest wilde zei vroeg belde kwam ging gaat komt stond staat
ligt lag zit zat woont woonde werkt werkte heeft hebben was waren wordt werd worden kreeg krijgt
`.split(/\s+/).filter(Boolean);

// Capitalised words that end or replace a name: organisations and places named after a person
// ("Jeroen Bosch Ziekenhuis", "Albert Heijn"), and fixed phrases with a name in them.
export const organisationWords: readonly string[] = `
ziekenhuis kinderziekenhuis kliniek huis school college lyceum academie instituut stichting fonds
centrum prijs stadion museum kerk moskee school universiteit hogeschool gemeente dienst wijkteam
voedselbank werkplein zorg groep bv nv partners
`.split(/\s+/).filter(Boolean);

// Firms named after their founders: "Van Wijk Gerechtsdeurwaarders", "Jansen Advocaten".
export const organisationSuffix = /(?:deurwaarders|advocaten|advocatuur|notarissen|bewindvoering|incasso|makelaars|accountants|administraties|beheer|groep)$/i;

export const notNamePhrases: readonly string[] = [
  "albert heijn", "jan linders", "jan en alleman", "jan modaal", "jan publiek", "klaas vaak",
  "den haag", "den bosch", "den helder", "de bilt", "ter apel", "ten boer", "den burg", "de meern",
  "de lier", "den hoorn", "den dolder", "de rijp", "den ham", "de koog", "ter aar", "anne frank",
  "hendrik-ido-ambacht", "jan pieterszoon coen",
];
