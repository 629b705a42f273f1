// What of a peer's form (NarraFirma's story form, an XLSForm) could not become part of the framework
// as it was, with the reason in the reader's language (Dutch B1 first, English second).
export const formNoteCodes = [
  "unsupportedType", "tooFewOptions", "tooManyOptions", "scaleRange", "scaleRangeUnusable", "numberAsText", "relevantIgnored", "storyQuestion",
  "repeatLeftOut", "unknownList", "translationsNotStored", "tooManyQuestions", "annotationQuestion",
  // NarraFirma's import rows: how its stories file will be read.
  "promptColumn", "titleColumn", "textColumn", "dateColumn", "languageColumn", "participantColumn", "ignoreColumns", "appendColumns",
  "minWords", "minWordsUnreadable", "removeFromHeaders", "delimiter", "yesIndicator", "separator", "ending", "unknownImportRow",
] as const;
export type FormNoteCode = (typeof formNoteCodes)[number];

export interface FormNote {
  /** The form's row (a spreadsheet's number for an XLSForm, the record's index for NarraFirma). */
  row: number;
  shortName: string;
  note: FormNoteCode;
  detail: string;
}

const templates: Record<"nl" | "en", Record<FormNoteCode, string>> = {
  nl: {
    unsupportedType: "het vraagtype „{detail}” kennen we niet; deze vraag is weggelaten",
    tooFewOptions: "deze keuzevraag heeft minder dan twee keuzes; de vraag is weggelaten",
    tooManyOptions: "deze keuzevraag heeft meer dan 50 keuzes ({detail}); de vraag is weggelaten",
    scaleRange: "de schuif loopt van {detail}; het wordt een schaal van {detail}, geen schuif van 0 tot 100",
    scaleRangeUnusable: "de schuif loopt van {detail}; dat kan geen schaal worden (hele getallen, hooguit 100 stappen), dus lezen we hem als 0–100",
    numberAsText: "dit getal heeft geen bereik van hooguit 100 stappen ({detail}); je krijgt het antwoord als tekst",
    relevantIgnored: "de voorwaarde „{detail}” voor het tonen van de vraag nemen we niet over; de vraag staat altijd in de lijst",
    storyQuestion: "deze vraag is de vertelvraag: het antwoord wordt de tekst van het verhaal",
    repeatLeftOut: "een herhaalde groep ({detail}) komt in een apart bestand; de vragen erin zijn weggelaten",
    unknownList: "de keuzelijst „{detail}” staat niet in het blad choices; de vraag is weggelaten",
    translationsNotStored: "de vertalingen ({detail}) staan in het antwoord, maar een vragenkader bewaart nog geen vertalingen",
    tooManyQuestions: "een vragenkader heeft hooguit 60 vragen; deze vraag en de vragen erna zijn weggelaten",
    annotationQuestion: "dit is een vraag voor collega's die de verhalen duiden („{detail}”); vertellers zien hem niet",
    promptColumn: "welke vertelvraag een verhaal beantwoordt, staat in de kolom „{detail}”",
    titleColumn: "de titel van een verhaal staat in de kolom „{detail}”",
    textColumn: "de tekst van een verhaal staat in de kolom „{detail}”",
    dateColumn: "de datum van een verhaal staat in de kolom „{detail}”",
    languageColumn: "de taal van een verhaal staat in de kolom „{detail}”",
    participantColumn: "wie een verhaal vertelde, staat in de kolom „{detail}”",
    ignoreColumns: "deze kolommen slaan we over bij het inlezen van de verhalen: {detail}",
    appendColumns: "deze kolommen komen achter de tekst van het verhaal: {detail}",
    minWords: "een verhaal met minder dan {detail} woorden lezen we niet in",
    minWordsUnreadable: "„{detail}” is geen getal; we lezen alle verhalen in, hoe kort ook",
    removeFromHeaders: "deze tekst halen we uit de kolomnamen voordat we ze lezen: {detail}",
    delimiter: "bij een meerkeuzevraag in één kolom staat „{detail}” tussen de keuzes",
    yesIndicator: "in een kolom „vraag: keuze” betekent „{detail}” dat die keuze gekozen is",
    separator: "in een kolomnaam „vraag: keuze” staat „{detail}” tussen vraag en keuze",
    ending: "in een kolomnaam „vraag: keuze” eindigt de keuze op „{detail}”",
    unknownImportRow: "deze importregel kennen we niet; we doen er niets mee",
  },
  en: {
    unsupportedType: "the question type \"{detail}\" is not supported; this question is left out",
    tooFewOptions: "this choice question has fewer than two options; it is left out",
    tooManyOptions: "this choice question has more than 50 options ({detail}); it is left out",
    scaleRange: "the slider runs {detail}; it becomes a scale of {detail}, not a 0–100 slider",
    scaleRangeUnusable: "the slider runs {detail}; that cannot be a scale (whole numbers, at most 100 steps), so it is read as 0–100",
    numberAsText: "this number has no range of at most 100 steps ({detail}); its answers are kept as text",
    relevantIgnored: "the condition \"{detail}\" for showing the question is not taken over; the question is always asked",
    storyQuestion: "this question is the prompt: its answer becomes the story's text",
    repeatLeftOut: "a repeat group ({detail}) is exported to a file of its own; its questions are left out",
    unknownList: "the choice list \"{detail}\" is not on the choices sheet; this question is left out",
    translationsNotStored: "the translations ({detail}) are in the answer, but a framework does not keep translations yet",
    tooManyQuestions: "a framework has at most 60 questions; this question and the ones after it are left out",
    annotationQuestion: "this is a question for colleagues who interpret the stories (\"{detail}\"); tellers do not see it",
    promptColumn: "which prompt a story answers is read from the column \"{detail}\"",
    titleColumn: "a story's title is read from the column \"{detail}\"",
    textColumn: "a story's text is read from the column \"{detail}\"",
    dateColumn: "a story's date is read from the column \"{detail}\"",
    languageColumn: "a story's language is read from the column \"{detail}\"",
    participantColumn: "who told a story is read from the column \"{detail}\"",
    ignoreColumns: "these columns are skipped when the stories are read: {detail}",
    appendColumns: "these columns are added to the end of the story text: {detail}",
    minWords: "a story of fewer than {detail} words is not imported",
    minWordsUnreadable: "\"{detail}\" is not a number; every story is imported, however short",
    removeFromHeaders: "this text is taken out of the column names before they are read: {detail}",
    delimiter: "in a multiple choice in one column, \"{detail}\" stands between the options",
    yesIndicator: "in a \"question: option\" column, \"{detail}\" means the option was chosen",
    separator: "in a \"question: option\" column name, \"{detail}\" stands between question and option",
    ending: "in a \"question: option\" column name, the option ends with \"{detail}\"",
    unknownImportRow: "this import row is not known; it is not used",
  },
};

/** "rij 7, geslacht: …" — where in the form and why, in the reader's language. */
export function formNoteText(n: FormNote, lang: string): string {
  const words = lang === "nl" ? templates.nl : templates.en;
  return `${lang === "nl" ? "rij" : "row"} ${n.row}${n.shortName ? `, ${n.shortName}` : ""}: ${words[n.note].replaceAll("{detail}", n.detail)}`;
}
