import { defineMessages } from "../toolkit/i18n.tsx";

export const patternFollowUpMessages = defineMessages({
  title: { nl: "Opvolging van een patroon", en: "Follow-up on a pattern" },
  back: { nl: "Terug naar de patronen", en: "Back to the patterns" },
  intro: {
    nl: "Leg vast wat jullie doen met een patroon in de verhalen. De opvolging komt bij elk verhaal in het patroon waarvan de verteller toestemming gaf voor onderzoek. Zo zien de vertellers wat er met hun verhaal gebeurde.",
    en: "Record what your team does with a pattern in the stories. The follow-up is added to every story in the pattern whose teller agreed to research, so the tellers see what happened with their story.",
  },
  patternTitle: { nl: "Het patroon", en: "The pattern" },
  patternLegend: { nl: "Verhalen met deze antwoorden", en: "Stories with these answers" },
  patternHint: { nl: "Kies één tot vier antwoorden. Bij de andere vragen maakt het antwoord niet uit.", en: "Choose one to four answers. For the other questions the answer does not matter." },
  anyAnswer: { nl: "Maakt niet uit", en: "Does not matter" },
  chooseOne: { nl: "Kies minstens één antwoord om het patroon te bepalen.", en: "Choose at least one answer to set the pattern." },
  tooMany: { nl: "Kies hoogstens {max} antwoorden.", en: "Choose at most {max} answers." },
  pattern: { nl: "Het patroon: verhalen met {answers}.", en: "The pattern: stories with {answers}." },
  answer: { nl: "het antwoord “{option}” op “{question}”", en: "the answer “{option}” to “{question}”" },
  and: { nl: " en ", en: " and " },
  doneTitle: { nl: "Wat er al met dit patroon gebeurde", en: "What was done with this pattern so far" },
  doneIntro: {
    nl: "Ook een actie of reactie bij één verhaal uit het patroon staat hier, met het aantal verhalen uit dit patroon waar het bij staat.",
    en: "An action or response on one story of the pattern shows here too, with the number of this pattern's stories it is on.",
  },
  noneYet: { nl: "Er is nog niets vastgelegd bij de verhalen in dit patroon.", en: "Nothing has been recorded on the stories in this pattern yet." },
  newTitle: { nl: "Nieuwe opvolging", en: "New follow-up" },
  savedOn: { nl: "Vastgelegd bij {n} verhalen. De vertellers zien het bij hun verhaal.", en: "Recorded on {n} stories. The tellers see it with their story." },
  savedOnOne: { nl: "Vastgelegd bij 1 verhaal. De verteller ziet het bij het verhaal.", en: "Recorded on 1 story. The teller sees it with the story." },
  savedNone: {
    nl: "Er zijn nog geen verhalen in dit patroon met toestemming voor onderzoek. Er is niets vastgelegd.",
    en: "There are no stories in this pattern with consent to research yet. Nothing was recorded.",
  },
});
