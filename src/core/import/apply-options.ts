// A framework's import options (options.ts) at work on a stories file: headers cleaned and split as
// the form says, columns pointed at the story fields it names or left out, columns added to the story
// text, short stories skipped; and, for the dry run, what each of them did, in the reader's language.
import type { FrameworkDefinition, Signifier } from "../framework.ts";
import type { CsvColumn, CsvRow } from "./csv.ts";
import { type Mapping, norm } from "./mapping.ts";
import type { OptionNote } from "./option-notes.ts";
import { importFields, type ImportOptions } from "./options.ts";

const removeAll = (name: string, texts: string[]) => texts.reduce((n, t) => n.split(t).join(""), name);

/**
 * The name each column is matched by: the form's texts taken out, and a "Question: option" header
 * split where the form says (NarraFirma reads the question up to the separator, the option up to the ending).
 */
export function preparedColumns(columns: CsvColumn[], o: ImportOptions | undefined): CsvColumn[] {
  if (!o) return columns;
  return columns.map((c) => {
    const name = removeAll(c.name, o.removeFromHeaders ?? []);
    const at = o.separator && !c.option ? name.indexOf(o.separator) : -1;
    if (at < 0) return { ...c, name: name.trim() };
    const rest = name.slice(at + o.separator!.length);
    const option = (o.ending && rest.includes(o.ending) ? rest.slice(0, rest.indexOf(o.ending)) : rest).trim();
    return { ...c, name: name.slice(0, at).trim(), ...(option ? { option } : {}) };
  });
}

const named = (columns: CsvColumn[], name: string) => columns.find((c) => norm(c.name) === norm(name) || norm(c.header) === norm(name));

/**
 * The suggested mapping with the form's say: named columns feed their fields, ignored and appended
 * columns feed nothing. An ignored column stays out even where its name matches a question or a field
 * ("Sector" would read as consent for the sector): NarraFirma matches exact data column names only,
 * so for it the list just keeps such columns out of its log; here names match more loosely.
 */
export function mappingWithOptions(columns: CsvColumn[], suggested: Mapping, o: ImportOptions | undefined): Mapping {
  if (!o) return suggested;
  const mapping = { ...suggested };
  for (const [field, name] of Object.entries(o.columns ?? {})) {
    const column = named(columns, name);
    if (!column) continue;
    for (const c of columns) if (mapping[c.index] === field) mapping[c.index] = null;
    mapping[column.index] = field;
  }
  const left = [...(o.ignore ?? []), ...(o.appendToText ?? []).map((a) => a.column)];
  for (const c of columns) if (left.some((name) => norm(name) === norm(c.name) || norm(name) === norm(c.header))) mapping[c.index] = null;
  return mapping;
}

/** Columns added to the story text, with the text before each (NarraFirma's " --- " when the form names none). */
export function appendedColumns(columns: CsvColumn[], o: ImportOptions | undefined): { index: number; before: string }[] {
  return (o?.appendToText ?? []).flatMap((a) => {
    const column = named(columns, a.column);
    return column ? [{ index: column.index, before: a.before ?? "---" }] : [];
  });
}

/** The story text with the appended columns' cells after it. */
export function withAppended(text: string, row: CsvRow, appended: { index: number; before: string }[]): string {
  return appended.reduce((t, a) => (row.cells[a.index]?.trim() ? `${t} ${a.before} ${row.cells[a.index]!.trim()}` : t), text);
}

/** Words as NarraFirma counts them: what stands between spaces. */
export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

const questionOf = (definition: FrameworkDefinition, target: string | null | undefined) =>
  (target?.startsWith("answers.") ? definition.signifiers.find((s) => s.id === target.split(".")[1])?.question ?? "" : "");

/** A column matched only by a name the form gave its data (NarraFirma's "Data column name"), not by id or question. */
function byDataName(c: CsvColumn, s: Signifier | undefined): boolean {
  return s !== undefined && [s.id, s.question].every((n) => norm(n) !== norm(c.name)) && (s.aliases ?? []).some((a) => norm(a) === norm(c.name));
}

interface NoteInput {
  columns: CsvColumn[];
  suggested: Mapping;
  mapping: Mapping;
  definition: FrameworkDefinition;
  skippedShort: number;
}

function columnNotes({ columns, suggested, mapping, definition }: NoteInput, o: ImportOptions): OptionNote[] {
  const notes: OptionNote[] = [];
  // In the fields' own order: a stored framework's JSON does not keep the order its keys were written in.
  for (const field of importFields.filter((f) => o.columns?.[f])) {
    const name = o.columns![field]!;
    const column = named(columns, name);
    notes.push(column ? { code: "fieldColumn", header: column.header, question: field, detail: name } : { code: "missingColumn", header: name, question: field, detail: name });
  }
  for (const c of columns) {
    const target = mapping[c.index];
    const s = definition.signifiers.find((x) => x.id === target?.split(".")[1]);
    if (target?.startsWith("answers.") && byDataName(c, s)) notes.push({ code: "renamedColumn", header: c.header, question: s!.question, detail: c.name });
    const ignored = (o.ignore ?? []).some((n) => norm(n) === norm(c.name) || norm(n) === norm(c.header));
    if (ignored) notes.push({ code: "ignoredColumn", header: c.header, question: questionOf(definition, suggested[c.index]), detail: "" });
  }
  for (const a of appendedColumns(columns, o)) notes.push({ code: "appendedColumn", header: columns[a.index]!.header, question: "", detail: a.before });
  return notes;
}

/** What the form's import options did to this file, for the report. */
export function optionNotes(input: NoteInput): OptionNote[] {
  const o = input.definition.importOptions;
  const notes = o ? columnNotes(input, o) : [];
  for (const text of o?.removeFromHeaders ?? []) {
    const count = input.columns.filter((c) => c.header.includes(text)).length;
    if (count) notes.push({ code: "headerTextRemoved", header: "", question: "", detail: `${text}|${count}` });
  }
  if (o?.minWords) notes.push({ code: "minWords", header: "", question: "", detail: `${input.skippedShort}|${o.minWords}` });
  if (o?.delimiter) notes.push({ code: "delimiter", header: "", question: "", detail: o.delimiter });
  if (o?.yesIndicator) notes.push({ code: "yesIndicator", header: "", question: "", detail: o.yesIndicator });
  // Colleagues' answers (NarraFirma's annotations) have no place in a teller's story.
  for (const c of input.columns) {
    const s = input.definition.signifiers.find((x) => x.audience === "interpreter" && [x.id, x.question, ...(x.aliases ?? [])].some((n) => norm(n) === norm(c.name)));
    if (s && input.mapping[c.index] == null) notes.push({ code: "annotationColumn", header: c.header, question: s.question, detail: "" });
  }
  return notes;
}
