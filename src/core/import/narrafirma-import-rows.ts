// NarraFirma's story form may end with "import" rows that say how its stories file is laid out (its
// csvImportExport.ts reads them into the form's import fields): the columns of a story's own fields,
// columns to leave out or to add to the story text, a minimum number of words, texts to take out of
// headers, and how multiple-choice cells and "Question: option" columns are written. They become the
// framework's importOptions; each one also becomes a note, so the dry run says what will happen.
import type { FormNote, FormNoteCode } from "./form-notes.ts";
import type { ImportField, ImportOptions } from "./options.ts";

export interface ImportRow {
  index: number;
  type: string;
  answers: string[];
}

const fieldRows: Record<string, [ImportField, FormNoteCode]> = {
  "Story title column name": ["title", "titleColumn"],
  "Story text column name": ["text", "textColumn"],
  "Story collection date column name": ["toldAt", "dateColumn"],
  "Language column name": ["language", "languageColumn"],
  "Participant ID column name": ["subjectRef", "participantColumn"],
};

/** NarraFirma writes "space" for a delimiter or separator that is one space (a cell would lose it). */
const spaced = (text: string) => (text.toLowerCase() === "space" ? " " : text);

const listed = (items: string[]) => items.join(", ");

type Reader = (row: ImportRow, options: ImportOptions) => { note: FormNoteCode; detail: string } | null;

const readers: Record<string, Reader> = {
  "Data columns to ignore": ({ answers }, o) => ((o.ignore = answers), { note: "ignoreColumns", detail: listed(answers) }),
  "Data columns to append to story text": ({ answers }, o) => {
    o.appendToText = answers.map((a) => a.split("|")).map(([column, before]) => ({ column: column!.trim(), ...(before?.trim() ? { before: before.trim() } : {}) }));
    return { note: "appendColumns", detail: listed(o.appendToText.map((a) => a.column)) };
  },
  "Minimum words to include story": ({ answers }, o) => {
    const min = Number.parseInt(answers[0]!, 10);
    if (Number.isNaN(min)) return { note: "minWordsUnreadable", detail: answers[0]! };
    if (min < 1) return null;
    o.minWords = min;
    return { note: "minWords", detail: String(min) };
  },
  "Texts to remove from column headers": ({ answers }, o) => ((o.removeFromHeaders = answers), { note: "removeFromHeaders", detail: listed(answers) }),
  "Multi choice single column delimiter": ({ answers }, o) => ((o.delimiter = spaced(answers[0]!)), { note: "delimiter", detail: answers[0]! }),
  "Yes no questions yes indicator": ({ answers }, o) => ((o.yesIndicator = answers[0]!), { note: "yesIndicator", detail: answers[0]! }),
  "Yes no questions Q-A separator": ({ answers }, o) => ((o.separator = spaced(answers[0]!)), { note: "separator", detail: answers[0]! }),
  "Yes no questions Q-A ending": ({ answers }, o) => ((o.ending = answers[0]!), { note: "ending", detail: answers[0]! }),
  // Read where the form's sliders are made (narrafirma-form.ts): each slider it changes gets a note of its own.
  "Scale range": () => null,
};

/** The options of a form's import rows, and a note per row. A row without a value is left alone, as NarraFirma does. */
export function importOptionsOf(rows: ImportRow[], eliciting: ImportRow | undefined): { options: ImportOptions; notes: FormNote[] } {
  const options: ImportOptions = {};
  const notes: FormNote[] = [];
  // The eliciting row's data column name is the column that says which eliciting question a story answers.
  const promptColumn = eliciting?.answers[0];
  if (eliciting && promptColumn) {
    options.columns = { promptId: promptColumn };
    notes.push({ row: eliciting.index, shortName: eliciting.type, note: "promptColumn", detail: promptColumn });
  }
  for (const row of rows.filter((r) => r.answers.length > 0)) {
    const field = fieldRows[row.type];
    const read: Reader = field
      ? ({ answers }, o) => ((o.columns = { ...o.columns, [field[0]]: answers[0]! }), { note: field[1], detail: answers[0]! })
      : readers[row.type] ?? (() => ({ note: "unknownImportRow", detail: row.type }));
    const note = read(row, options);
    if (note) notes.push({ row: row.index, shortName: row.type, ...note });
  }
  return { options, notes };
}
