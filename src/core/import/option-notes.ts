// What a framework's import options (NarraFirma's import rows) did to a stories file, as the dry run
// reports it: Dutch B1 first, English second, questions named by their label.
export const optionNoteCodes = ["fieldColumn", "missingColumn", "renamedColumn", "ignoredColumn", "appendedColumn", "minWords", "headerTextRemoved", "delimiter", "yesIndicator", "annotationColumn"] as const;
export type OptionNoteCode = (typeof optionNoteCodes)[number];

export interface OptionNote {
  code: OptionNoteCode;
  /** The column as the file names it ("" for a note about the whole file). */
  header: string;
  /** The label of the question the column feeds or would feed; for a story field, the field. */
  question: string;
  /** What else the note needs; parts separated by "|". */
  detail: string;
}

const fields: Record<"nl" | "en", Record<string, string>> = {
  nl: { title: "de titel", text: "de tekst", toldAt: "de datum", language: "de taal", subjectRef: "wie het verhaal vertelde", promptId: "de vertelvraag" },
  en: { title: "the title", text: "the text", toldAt: "the date", language: "the language", subjectRef: "who told the story", promptId: "the prompt" },
};

type Template = (n: OptionNote, d: string[], field: string) => string;

const templates: Record<"nl" | "en", Record<OptionNoteCode, Template>> = {
  nl: {
    fieldColumn: (n, _d, f) => `kolom „${n.header}”: hieruit komt ${f}, zoals het vragenformulier zegt`,
    missingColumn: (n, _d, f) => `het vragenformulier noemt de kolom „${n.header}” voor ${f}, maar die kolom staat niet in het bestand`,
    renamedColumn: (n) => `kolom „${n.header}” geeft de antwoorden op „${n.question}”, zoals het vragenformulier zegt`,
    ignoredColumn: (n) => `kolom „${n.header}”${n.question ? ` (vraag „${n.question}”)` : ""} slaan we over, zoals het vragenformulier zegt`,
    appendedColumn: (n, d) => `kolom „${n.header}” komt achter de tekst van het verhaal, na „${d[0]}”`,
    minWords: (_n, d) => `${d[0]} ${d[0] === "1" ? "verhaal heeft" : "verhalen hebben"} minder dan ${d[1]} woorden; ${d[0] === "1" ? "dat" : "die"} lezen we niet in`,
    headerTextRemoved: (_n, d) => `„${d[0]}” is uit ${d[1]} ${d[1] === "1" ? "kolomnaam" : "kolomnamen"} gehaald`,
    delimiter: (_n, d) => `bij een meerkeuzevraag in één kolom staat „${d[0]}” tussen de keuzes`,
    yesIndicator: (_n, d) => `in een kolom „vraag: keuze” telt alleen „${d[0]}” als gekozen`,
    annotationColumn: (n) => `kolom „${n.header}” heeft antwoorden van collega's op „${n.question}”; die lezen we niet in bij de verhalen`,
  },
  en: {
    fieldColumn: (n, _d, f) => `column "${n.header}": ${f} is read from it, as the story form says`,
    missingColumn: (n, _d, f) => `the story form names the column "${n.header}" for ${f}, but the file has no such column`,
    renamedColumn: (n) => `column "${n.header}" holds the answers to "${n.question}", as the story form says`,
    ignoredColumn: (n) => `column "${n.header}"${n.question ? ` (question "${n.question}")` : ""} is skipped, as the story form says`,
    appendedColumn: (n, d) => `column "${n.header}" is added to the end of the story text, after "${d[0]}"`,
    minWords: (_n, d) => `${d[0]} ${d[0] === "1" ? "story has" : "stories have"} fewer than ${d[1]} words; ${d[0] === "1" ? "it is" : "they are"} not imported`,
    headerTextRemoved: (_n, d) => `"${d[0]}" is taken out of ${d[1]} column ${d[1] === "1" ? "name" : "names"}`,
    delimiter: (_n, d) => `in a multiple choice in one column, "${d[0]}" stands between the options`,
    yesIndicator: (_n, d) => `in a "question: option" column, only "${d[0]}" counts as chosen`,
    annotationColumn: (n) => `column "${n.header}" holds colleagues' answers to "${n.question}"; they are not imported with the stories`,
  },
};

export function optionNoteText(n: OptionNote, lang: string): string {
  const key = lang === "nl" ? "nl" : "en";
  return templates[key][n.code](n, n.detail.split("|"), fields[key][n.question] ?? n.question);
}
