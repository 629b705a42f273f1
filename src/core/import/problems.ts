// Why one cell of an imported row could not be used. The story is kept without that answer; the
// report names the row, the column and the question, in the reader's language.
export const cellProblemCodes = ["notNumber", "notWholeNumber", "notOption", "notYesNo", "notDate", "dateInFuture", "notPrompt", "notLanguage", "triadParts", "triadSum", "outOfRange", "tooLong", "noText", "tooFewWords"] as const;
export type CellProblemCode = (typeof cellProblemCodes)[number];

export interface CellProblem {
  /** The row in the file, as a spreadsheet numbers it. */
  row: number;
  /** The column's index and header; for a triad, its first corner's. */
  column: number;
  header: string;
  /** The question of the signifier the column feeds, or the story field. */
  question: string;
  value: string;
  code: CellProblemCode;
  /** tooFewWords: the least number of words the framework's import options ask for. */
  limit?: number;
}

const templates: Record<"nl" | "en", Record<CellProblemCode, string>> = {
  nl: {
    notNumber: "„{value}” is geen getal",
    notWholeNumber: "„{value}” is geen heel getal",
    notOption: "„{value}” is geen keuze bij deze vraag",
    notYesNo: "„{value}” is geen ja of nee",
    notDate: "„{value}” is geen datum",
    dateInFuture: "„{value}” ligt in de toekomst",
    notPrompt: "„{value}” is geen vertelvraag van dit kader",
    notLanguage: "„{value}” is geen taal die we kennen",
    triadParts: "een driehoek heeft drie percentages nodig",
    triadSum: "de drie percentages tellen op tot {value}, niet tot 100",
    outOfRange: "„{value}” valt buiten het bereik van deze vraag",
    tooLong: "de tekst is te lang",
    noText: "in deze rij staat geen verhaal; de rij is overgeslagen",
    tooFewWords: "het verhaal heeft {value} woorden, minder dan de {limit} die het vragenformulier vraagt; de rij is overgeslagen",
  },
  en: {
    notNumber: "\"{value}\" is not a number",
    notWholeNumber: "\"{value}\" is not a whole number",
    notOption: "\"{value}\" is not an option of this question",
    notYesNo: "\"{value}\" is not yes or no",
    notDate: "\"{value}\" is not a date",
    dateInFuture: "\"{value}\" lies in the future",
    notPrompt: "\"{value}\" is not a prompt of this framework",
    notLanguage: "\"{value}\" is not a language we know",
    triadParts: "a triad needs three percentages",
    triadSum: "the three percentages add up to {value}, not 100",
    outOfRange: "\"{value}\" is outside this question's range",
    tooLong: "the text is too long",
    noText: "this row holds no story; the row is skipped",
    tooFewWords: "the story has {value} words, fewer than the {limit} the story form asks for; the row is skipped",
  },
};

/** "Row 7, Feel about (How do you feel?): "sad" is not an option of this question". */
export function cellProblemText(p: CellProblem, lang: string): string {
  const words = lang === "nl" ? templates.nl : templates.en;
  const reason = words[p.code].replace("{value}", p.value).replace("{limit}", String(p.limit ?? ""));
  const where = p.question && p.question !== p.header ? `${p.header} (${p.question})` : p.header;
  return `${lang === "nl" ? "rij" : "row"} ${p.row}, ${where}: ${reason}`;
}

export class CellError extends Error {
  constructor(readonly code: CellProblemCode, readonly value: string) {
    super(templates.en[code].replace("{value}", value));
  }
}

/** A whole file that is not what it was sent as; the code lets the server answer in the reader's language. */
export class ImportFileError extends Error {
  constructor(readonly code: "notXlsx" | "notXlsForm" | "notNarraFirmaForm", message: string) {
    super(message);
  }
}
