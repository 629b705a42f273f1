// A framework from NarraFirma's story-form file (the file its "import story form" reads): one row per
// question with its data column name, type, about, short name, long name, options and answers.
// Question types become signifiers; the short name becomes the id (so the stories file's columns and
// cells, which carry short names, find them by default); eliciting questions become prompts;
// annotation questions (NarraFirma's questions for the project's own people) become signifiers that
// colleagues answer; the import rows become the framework's import options.
import { parse } from "csv-parse/sync";
import type { FrameworkInput } from "../framework.ts";
import { idOf, norm } from "./mapping.ts";
import { WRITE_IN } from "./convert.ts";
import type { FormNote } from "./form-notes.ts";
import { importOptionsOf } from "./narrafirma-import-rows.ts";
import { ImportFileError } from "./problems.ts";

type SignifierInput = FrameworkInput["signifiers"][number];

interface FormRow {
  column: string;
  type: string;
  about: string;
  shortName: string;
  longName: string;
  options: Record<string, string>;
  answers: string[];
}

const singleChoice = ["Single choice", "Single choice indexed", "Radiobuttons"];
// "Multiple choice" is the older name NarraFirma still reads for "Multi-choice multi-column texts".
const multipleChoice = ["Multi-choice multi-column texts", "Multi-choice multi-column yes/no", "Multi-choice single-column delimited", "Multi-choice single-column delimited indexed", "Multiple choice"];
// A yes/no question: NarraFirma writes true or false (or yes, no) in its cells.
const yesNo = ["Boolean", "Checkbox"];
const yesNoLabels: Record<string, [string, string]> = { nl: ["ja", "nee"], fr: ["oui", "non"], de: ["ja", "nein"] };

/** The delimiter of the header row: comment lines above it (";…") may hold either. */
function delimiterOf(text: string): string {
  const header = text.split("\n").find((line) => /type/i.test(line) && /answers/i.test(line)) ?? "";
  return header.split(";").length > header.split(",").length ? ";" : ",";
}

function rowsOf(text: string): FormRow[] {
  const delimiter = delimiterOf(text);
  const records = (parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true }) as string[][])
    .filter((r) => r.some((c) => c.trim()) && !r[0]!.trim().startsWith(";"));
  const header = records.shift()?.map(norm) ?? [];
  const at = (name: string) => header.indexOf(name);
  const answersFrom = at("answers");
  if (at("type") < 0 || answersFrom < 0) throw new ImportFileError("notNarraFirmaForm", "not a NarraFirma story form: no Type or Answers column");
  return records.map((r) => ({
    column: r[at("datacolumnname")]?.trim() ?? "",
    type: r[at("type")]?.trim() ?? "",
    about: r[at("about")]?.trim() ?? "",
    shortName: r[at("shortname")]?.trim() ?? "",
    longName: r[at("longname")]?.trim() ?? "",
    options: Object.fromEntries((r[at("options")] ?? "").split("|").filter((o) => o.includes("=")).map((o) => o.split("=").map((x) => x.trim()) as [string, string])),
    answers: r.slice(answersFrom).map((a) => a.trim()).filter(Boolean),
  }));
}

/** "Indv|Individual|image.png": the first part is what data cells say (the id), the second what people read, a third an image. */
const choiceOptions = (answers: string[]) => {
  const seen = new Set<string>();
  return answers.map((a) => a.split("|")).map((parts) => ({ id: idOf(parts[0]!), label: (parts[1] ?? parts[0]!).trim() || parts[0]!.trim() }))
    .filter((o) => !seen.has(o.id) && seen.add(o.id));
};

/**
 * A slider. NarraFirma reads a column of 0–100 values as a slider; a form that says its values run
 * otherwise (the import row "Scale range", or a question's own minimum and maximum after its two
 * labels) gets a scale with those numbers, so 3 on a 1–5 scale stays 3 and is not read as 3 of 100.
 */
function scaleOf(row: FormRow, range: [number, number], notes: FormNote[], index: number): SignifierInput {
  const id = idOf(row.shortName || row.column);
  const question = row.longName || row.shortName || row.column;
  const [low, high, min, max] = row.answers;
  const [from, to] = min !== undefined && max !== undefined && Number.isFinite(+min) && Number.isFinite(+max) ? [+min, +max] : range;
  const labels: [string, string] = [low || String(from), high || String(to)];
  if (from === 0 && to === 100) return { id, question, type: "dyad", labels };
  const detail = `${from}–${to}`;
  if (Number.isInteger(from) && Number.isInteger(to) && to > from && to - from <= 100) {
    notes.push({ row: index, shortName: row.shortName || row.column, note: "scaleRange", detail });
    return { id, question, type: "scale", min: from, max: to, labels };
  }
  notes.push({ row: index, shortName: row.shortName || row.column, note: "scaleRangeUnusable", detail });
  return { id, question, type: "dyad", labels };
}

function signifiersOf(row: FormRow, range: [number, number], notes: FormNote[], index: number, language: string): SignifierInput[] {
  const id = idOf(row.shortName || row.column);
  const question = row.longName || row.shortName || row.column;
  const name = row.shortName || row.column;
  if (row.type === "Text" || row.type === "Textarea") return [{ id, question, type: "text" }];
  if (row.type === "Scale") return [scaleOf(row, range, notes, index)];
  if (yesNo.includes(row.type)) {
    const [yes, no] = yesNoLabels[language] ?? ["yes", "no"];
    return [{ id, question, type: "choice", multiple: false, options: [{ id: "yes", label: yes }, { id: "no", label: no }] }];
  }
  const multiple = multipleChoice.includes(row.type);
  if (!multiple && !singleChoice.includes(row.type)) {
    notes.push({ row: index, shortName: name, note: "unsupportedType", detail: row.type });
    return [];
  }
  const options = choiceOptions(row.answers);
  if (options.length < 2) {
    notes.push({ row: index, shortName: name, note: "tooFewOptions", detail: row.type });
    return [];
  }
  const writeIn: SignifierInput[] = row.options.writeInTextBoxLabel ? [{ id: `${WRITE_IN}${id}`.slice(0, 64), question: `${question} — ${row.options.writeInTextBoxLabel}`, type: "text" }] : [];
  return [{ id, question, type: "choice", multiple, options }, ...writeIn];
}

/**
 * Eliciting questions: "data name", "data name|text" or "data name|short name|text". The import
 * layout's cells carry the data name, NarraFirma's export the short name: the id and an alias.
 */
const promptsOf = (row: FormRow) => row.answers.map((a) => a.split("|").map((p) => p.trim())).map((parts) => {
  const shortName = parts.length > 2 ? parts[1]! : "";
  return { id: idOf(parts[0]!), text: parts.at(-1)!, ...(shortName && idOf(shortName) !== idOf(parts[0]!) ? { aliases: [shortName] } : {}) };
});

/** The import layout's stories file names a column by its data column name, NarraFirma's export by the short name. */
function withDataName(row: FormRow, signifiers: SignifierInput[]): SignifierInput[] {
  if (!row.column || !row.shortName || norm(row.column) === norm(row.shortName)) return signifiers;
  return signifiers.map((s, i) => ({ ...s, aliases: [i === 0 ? row.column : `WRITEIN_${row.column}`] }));
}

/** The import rows, and the eliciting row's data column name, as the framework's import options. */
function optionsOf(rows: FormRow[]) {
  const index = rows.findIndex((r) => r.about === "eliciting");
  // NarraFirma's own export names it "Eliciting question", the name the stories file's reader expects anyway.
  const column = index < 0 ? "" : rows[index]!.column;
  const eliciting = !column || norm(column) === "elicitingquestion" ? undefined : { index, type: rows[index]!.shortName || "eliciting", answers: [column] };
  return importOptionsOf(rows.flatMap((r, i) => (r.about === "import" ? [{ index: i, type: r.type, answers: r.answers }] : [])), eliciting);
}

export function frameworkFromNarraFirmaForm(text: string, meta: { name: string; language: string }): { definition: FrameworkInput; notes: FormNote[] } {
  const rows = rowsOf(text);
  const rangeRow = rows.find((r) => r.about === "import" && r.type === "Scale range");
  const range: [number, number] = rangeRow && rangeRow.answers.length >= 2 ? [Number(rangeRow.answers[0]), Number(rangeRow.answers[1])] : [0, 100];
  const notes: FormNote[] = [];
  const prompts = rows.filter((r) => r.about === "eliciting").flatMap(promptsOf);
  const signifiers = rows.flatMap((r, i) => {
    if (r.about === "story" || r.about === "participant") return withDataName(r, signifiersOf(r, range, notes, i, meta.language));
    if (r.about !== "annotation") return [];
    const made = withDataName(r, signifiersOf(r, range, notes, i, meta.language)).map((s) => ({ ...s, audience: "interpreter" as const }));
    if (made.length) notes.push({ row: i, shortName: r.shortName || r.column, note: "annotationQuestion", detail: r.longName || r.shortName });
    return made;
  });
  const imports = optionsOf(rows);
  const importOptions = Object.keys(imports.options).length ? { importOptions: imports.options } : {};
  return {
    definition: { name: meta.name, language: meta.language, prompts: prompts.length ? prompts : [{ id: "story", text: meta.name }], signifiers, ...importOptions },
    notes: [...notes, ...imports.notes].sort((a, b) => a.row - b.row),
  };
}
