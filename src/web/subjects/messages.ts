// The words of the page "Verhalen van één cliënt": plain Dutch (B1) first, English second. Answers
// in words come from the story page's storyMessages, so they read the same on both pages.
import { defineMessages } from "../toolkit/i18n.tsx";

export const subjectMessages = defineMessages({
  title: { nl: "Verhalen van één cliënt", en: "Stories of one client" },
  intro: {
    nl: "Alle verhalen over deze cliënt, het oudste eerst. Je ziet geen naam, alleen een code. Zo zie je met je team hoe het met deze cliënt ging. Wij leggen vast dat je deze verhalen hebt gelezen.",
    en: "All stories about this client, oldest first. You do not see a name, only a code. This way your team sees how things went for this client. We record that you read these stories.",
  },
  pseudonym: { nl: "Code van de cliënt (pseudoniem)", en: "Code of the client (pseudonym)" },
  storiesTitle: { nl: "Verhalen ({count})", en: "Stories ({count})" },
  storiesNone: { nl: "Er zijn geen verhalen over deze cliënt.", en: "There are no stories about this client." },
  trendsTitle: { nl: "Hoe veranderden de antwoorden?", en: "How did the answers change?" },
  trendsIntro: {
    nl: "Per vraag met een schuif of een schaal: het antwoord in elk verhaal, van oud naar nieuw.",
    en: "For each question with a slider or a scale: the answer in each story, from old to new.",
  },
  trendsNone: {
    nl: "Er zijn nog geen twee verhalen met een antwoord op dezelfde schuif of schaal. Daarom is er nog geen verloop te zien.",
    en: "There are not yet two stories with an answer to the same slider or scale. So there is no change to show yet.",
  },
  dyadEnds: { nl: "Onderaan is ‘{left}’ (0%), bovenaan ‘{right}’ (100%).", en: "At the bottom is ‘{left}’ (0%), at the top ‘{right}’ (100%)." },
  scaleEnds: { nl: "Onderaan is {min}, bovenaan {max}.", en: "At the bottom is {min}, at the top {max}." },
  changeDyadUp: { nl: "Van {first} naar {latest}: meer richting ‘{right}’.", en: "From {first} to {latest}: more towards ‘{right}’." },
  changeDyadDown: { nl: "Van {first} naar {latest}: meer richting ‘{left}’.", en: "From {first} to {latest}: more towards ‘{left}’." },
  changeUp: { nl: "Van {first} naar {latest}: hoger.", en: "From {first} to {latest}: higher." },
  changeDown: { nl: "Van {first} naar {latest}: lager.", en: "From {first} to {latest}: lower." },
  changeSame: { nl: "Het eerste en het laatste antwoord zijn gelijk: {first}.", en: "The first and the latest answer are the same: {first}." },
  answerCount: { nl: "{count} antwoorden, het eerste op {from}, het laatste op {to}.", en: "{count} answers, the first on {from}, the latest on {to}." },
  tableCaption: { nl: "Antwoord per verhaal op de vraag ‘{question}’", en: "Answer per story to the question ‘{question}’" },
  date: { nl: "Datum", en: "Date" },
  answer: { nl: "Antwoord", en: "Answer" },
  notFoundTitle: { nl: "Geen verhalen gevonden", en: "No stories found" },
  notFoundText: {
    nl: "Er zijn geen verhalen over deze cliënt. Misschien zijn ze gewist, of klopt de link niet.",
    en: "There are no stories about this client. Maybe they were erased, or the link is not right.",
  },
});
