import { defineMessages } from "../toolkit/i18n.tsx";

export const agreementMessages = defineMessages({
  open: { nl: "Lezen collega's hetzelfde?", en: "Do colleagues read alike?" },
  title: { nl: "Lezen collega's hetzelfde? {name}", en: "Do colleagues read alike? {name}" },
  back: { nl: "Terug naar de patronen", en: "Back to the patterns" },
  intro: {
    nl: "Als meer collega's hetzelfde verhaal lezen en duiden, geven ze dan dezelfde antwoorden? Dat zie je hier per vraag. Hoe meer jullie het eens zijn, hoe meer je op de duidingen kunt bouwen.",
    en: "When several colleagues read and interpret the same story, do they give the same answers? You see that here per question. The more you agree, the more you can build on the readings.",
  },
  howTitle: { nl: "Zo lees je de cijfers", en: "How to read the numbers" },
  howAlpha: {
    nl: "Bij keuzevragen en schuifjes meten we dat met Krippendorffs alfa (α). Bij 1 zijn collega's het helemaal eens, bij 0 niet meer dan je door toeval zou verwachten. Onder 0 zijn ze het minder eens dan bij toeval.",
    en: "For choice questions and sliders we measure this with Krippendorff's alpha (α). At 1 colleagues fully agree, at 0 no more than you would expect by chance. Below 0 they agree less than by chance.",
  },
  howMarks: {
    nl: "Vanaf 0,800 kun je op de duidingen bouwen. Tussen 0,667 en 0,800 kun je alleen voorzichtige conclusies trekken. Daaronder is het goed om eerst samen te bespreken wat de antwoorden betekenen (grenzen van Krippendorff, 2004).",
    en: "From 0.800 you can build on the readings. Between 0.667 and 0.800 you can only draw careful conclusions. Below that, first talk together about what the answers mean (Krippendorff's marks, 2004).",
  },
  howTriad: {
    nl: "Bij een driehoek zie je hoe ver de punten van collega's gemiddeld uit elkaar liggen: 0% is op dezelfde plek, 100% is de afstand tussen twee hoeken.",
    en: "For a triangle you see how far apart colleagues' points are on average: 0% is the same spot, 100% is the distance between two corners.",
  },
  howWhich: {
    nl: "Alleen verhalen die minstens twee collega's bij een vraag duidden tellen mee, en alleen verhalen met toestemming voor onderzoek.",
    en: "Only stories that at least two colleagues answered a question for count, and only stories with consent to research.",
  },
  interpreted: { nl: "Collega's hebben {n} verhalen geduid.", en: "Colleagues have interpreted {n} stories." },
  noneRead: {
    nl: "Er zijn nog geen verhalen geduid. Zodra minstens twee collega's hetzelfde verhaal duiden, zie je hier hoeveel ze het eens zijn.",
    en: "No stories have been interpreted yet. As soon as at least two colleagues interpret the same story, you see here how much they agree.",
  },
  chartTitle: { nl: "Alfa per vraag", en: "Alpha per question" },
  chartHelp: {
    nl: "Elke stip is een vraag. De lijnen staan bij 0,667 en 0,800. Hoe verder naar rechts, hoe meer collega's het eens zijn.",
    en: "Each dot is a question. The lines are at 0.667 and 0.800. The further to the right, the more colleagues agree.",
  },
  questionsTitle: { nl: "Per vraag", en: "Per question" },
  stories: { nl: "{n} verhalen zijn bij deze vraag door minstens twee collega's geduid.", en: "{n} stories were answered for this question by at least two colleagues." },
  reliable: { nl: "Collega's duiden deze vraag vrijwel hetzelfde (α = {alpha}). Je kunt op de duidingen bouwen.", en: "Colleagues read this question almost alike (α = {alpha}). You can build on the readings." },
  tentative: { nl: "Collega's duiden deze vraag redelijk hetzelfde (α = {alpha}). Trek alleen voorzichtige conclusies.", en: "Colleagues read this question fairly alike (α = {alpha}). Draw careful conclusions only." },
  low: {
    nl: "Collega's duiden deze vraag verschillend (α = {alpha}). Bespreek eerst samen wat de antwoorden betekenen, voordat je erop bouwt.",
    en: "Colleagues read this question differently (α = {alpha}). First talk together about what the answers mean before you build on them.",
  },
  distance: { nl: "De punten van collega's liggen gemiddeld {distance} uit elkaar.", en: "Colleagues' points lie {distance} apart on average." },
  notYet: { nl: "Nog niet te berekenen: er is nog geen verhaal dat minstens twee collega's bij deze vraag duidden.", en: "Not yet possible: no story has been answered for this question by at least two colleagues." },
  noVariation: {
    nl: "Niet te berekenen: iedereen gaf hier hetzelfde antwoord. Alfa heeft verschillen nodig om eensgezindheid van toeval te onderscheiden.",
    en: "Not possible: everyone gave the same answer here. Alpha needs differences to tell agreement from chance.",
  },
  tellerMatch: { nl: "In {share} van de duidingen koos de collega hetzelfde antwoord als de verteller.", en: "In {share} of the readings the colleague chose the same answer as the teller." },
  tellerAlike: { nl: "Met de verteller erbij is α {alpha}: vertellers lezen hun eigen verhaal ongeveer zoals collega's.", en: "With the teller included α is {alpha}: tellers read their own story much as colleagues do." },
  tellerDifferent: { nl: "Met de verteller erbij is α {alpha}: vertellers lezen hun eigen verhaal anders dan collega's.", en: "With the teller included α is {alpha}: tellers read their own story differently from colleagues." },
  tellerDistance: { nl: "Tussen verteller en collega is de afstand gemiddeld {distance}.", en: "Between teller and colleague the distance is {distance} on average." },
  alpha: { nl: "Krippendorffs α tussen collega's", en: "Krippendorff's α among colleagues" },
  tellerAlpha: { nl: "α met de verteller erbij", en: "α with the teller included" },
  interpreterDistance: { nl: "Gemiddelde afstand tussen collega's", en: "Average distance between colleagues" },
  tellerDistanceFact: { nl: "Gemiddelde afstand tot de verteller", en: "Average distance to the teller" },
  tellerMatchFact: { nl: "Zelfde antwoord als de verteller", en: "Same answer as the teller" },
  storiesFact: { nl: "Verhalen met twee of meer duidingen", en: "Stories with two or more readings" },
});
