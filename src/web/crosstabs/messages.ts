import { defineMessages } from "../toolkit/i18n.tsx";

export const crosstabMessages = defineMessages({
  title: { nl: "Twee vragen naast elkaar", en: "Two questions side by side" },
  intro: {
    nl: "Kies twee vragen. De tabel laat zien hoe vaak elke combinatie van antwoorden voorkomt, met tussen haakjes het aandeel in de rij. De filters hierboven gelden ook hier.",
    en: "Choose two questions. The table shows how often each combination of answers occurs, with the share of the row in brackets. The filters above apply here too.",
  },
  rows: { nl: "Vraag in de rijen", en: "Question in the rows" },
  columns: { nl: "Vraag in de kolommen", en: "Question in the columns" },
  tooFewChoices: { nl: "Deze vragenlijst heeft minder dan twee keuzevragen. Een tabel van twee vragen kan hier niet.", en: "This framework has fewer than two choice questions, so a table of two questions is not possible here." },
  sameQuestion: { nl: "Kies twee verschillende vragen.", en: "Choose two different questions." },
  caption: { nl: "“{rows}” tegen “{columns}”: aantal verhalen, met het aandeel in de rij", en: "“{rows}” against “{columns}”: number of stories, with the share of the row" },
  total: { nl: "Totaal", en: "Total" },
  stories: { nl: "{n} verhalen gaven op beide vragen een antwoord.", en: "{n} stories answered both questions." },
  multipleNote: {
    nl: "Bij een vraag waarop je meer antwoorden kunt kiezen, telt een verhaal in elk vakje dat het koos. Het aandeel is dan het aandeel van de antwoorden in de rij.",
    en: "For a question that allows more than one answer, a story counts in every cell it chose. The share is then the share of the answers in the row.",
  },
  chartHelp: { nl: "Elke balk is een rij van de tabel; de kleuren zijn de antwoorden in de kolommen.", en: "Each bar is a row of the table; the colours are the answers in the columns." },
  share: { nl: "Aandeel in de rij", en: "Share of the row" },
  testWhat: {
    nl: "De {test} kijkt of de antwoorden op de ene vraag samenhangen met de antwoorden op de andere, of dat de verschillen in de tabel door toeval kunnen komen.",
    en: "The {test} checks whether the answers to one question go together with the answers to the other, or whether the differences in the table may be chance.",
  },
  strength: {
    nl: "Hoe sterk: Cramérs V is {v}. Dat loopt van 0 (geen verband) tot 1 (het antwoord op de ene vraag bepaalt het antwoord op de andere helemaal).",
    en: "How strong: Cramér's V is {v}. It runs from 0 (no link) to 1 (the answer to one question fully decides the answer to the other).",
  },
  sure: {
    nl: "Hoe zeker: als de twee vragen niets met elkaar te maken hebben, krijg je een tabel als deze (of een nog schevere) in {chance} van de gevallen.",
    en: "How sure: if the two questions have nothing to do with each other, you get a table like this one (or a more lopsided one) in {chance} of cases.",
  },
  lessThan: { nl: "minder dan {share}", en: "less than {share}" },
  pooled: { nl: "Voor de toets zijn {n} kleine groepen samengenomen met een buur.", en: "For the test, {n} small groups were put together with a neighbour." },
  notTestedHidden: {
    nl: "Er staat geen toets bij, omdat er kleine groepen verborgen zijn: uit de toets zou je ze kunnen terugrekenen. Een analist ziet alle aantallen en de toets.",
    en: "There is no test, because small groups are hidden: the test could give them away. An analyst sees every number and the test.",
  },
  notTestedMultiple: {
    nl: "Er staat geen toets bij: bij een vraag met meer antwoorden per verhaal telt een verhaal in meer vakjes, en daar past deze toets niet bij.",
    en: "There is no test: for a question with more than one answer per story, a story counts in several cells, and this test does not fit that.",
  },
  statistic: { nl: "Toetsgrootheid (χ²)", en: "Statistic (χ²)" },
  df: { nl: "Vrijheidsgraden", en: "Degrees of freedom" },
  n: { nl: "Verhalen", en: "Stories" },
  minExpected: { nl: "Kleinste verwachte aantal", en: "Smallest expected count" },
  followUp: { nl: "Opvolging vastleggen voor een combinatie uit deze tabel", en: "Record a follow-up for a combination from this table" },
});
