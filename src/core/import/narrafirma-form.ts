// A framework from NarraFirma's story-form file (the file its "import story form" reads): one row per
// question with its data column name, type, about, short name, long name, options and answers.
// Question types become signifiers; the short name becomes the id (so the stories file's columns and
// cells, which carry short names, find them by default); eliciting questions become prompts.
import { parse } from "csv-parse/sync";
import type { FrameworkInput } from "../framework.ts";
import { idOf, norm } from "./mapping.ts";
import { WRITE_IN } from "./convert.ts";
import type { FormNote } from "./form-notes.ts";
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
const multipleChoice = ["Multi-choice multi-column texts", "Multi-choice multi-column yes/no", "Multi-choice single-column delimited", "Multi-choice single-column delimited indexed", "Checkboxes"];

function rowsOf(text: string): FormRow[] {
  const delimiter = (text.split("\n")[0] ?? "").split(";").length > (text.split("\n")[0] ?? "").split(",").length ? ";" : ",";
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

/** "Indv|Individual": the first part is what data cells say (the id), the last what people read. */
const choiceOptions = (answers: string[]) => {
  const seen = new Set<string>();
  return answers.map((a) => a.split("|")).map((parts) => ({ id: idOf(parts[0]!), label: parts.at(-1)!.trim() }))
    .filter((o) => !seen.has(o.id) && seen.add(o.id));
};

function signifiersOf(row: FormRow, range: [number, number], notes: FormNote[], index: number): SignifierInput[] {
  const id = idOf(row.shortName || row.column);
  const question = row.longName || row.shortName || row.column;
  const name = row.shortName || row.column;
  if (row.type === "Text" || row.type === "Textarea") return [{ id, question, type: "text" }];
  if (row.type === "Scale") {
    const [low, high, min, max] = row.answers;
    const [from, to] = min !== undefined && max !== undefined && Number.isFinite(+min) && Number.isFinite(+max) ? [+min, +max] : range;
    if (from !== 0 || to !== 100) notes.push({ row: index, shortName: name, note: "scaleRange", detail: `${from}–${to}` });
    return [{ id, question, type: "dyad", labels: [low || "0", high || "100"] }];
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

/** Eliciting questions: "data name", "data name|text" or "data name|short name|text". */
const promptsOf = (row: FormRow) => row.answers.map((a) => a.split("|").map((p) => p.trim())).map((parts) => ({ id: idOf(parts[0]!), text: parts.at(-1)! }));

export function frameworkFromNarraFirmaForm(text: string, meta: { name: string; language: string }): { definition: FrameworkInput; notes: FormNote[] } {
  const rows = rowsOf(text);
  const rangeRow = rows.find((r) => r.about === "import" && r.type === "Scale range");
  const range: [number, number] = rangeRow && rangeRow.answers.length >= 2 ? [Number(rangeRow.answers[0]), Number(rangeRow.answers[1])] : [0, 100];
  const notes: FormNote[] = [];
  const prompts = rows.filter((r) => r.about === "eliciting").flatMap(promptsOf);
  const signifiers = rows.flatMap((r, i) => (r.about === "story" || r.about === "participant" ? signifiersOf(r, range, notes, i) : []));
  return { definition: { name: meta.name, language: meta.language, prompts: prompts.length ? prompts : [{ id: "story", text: meta.name }], signifiers }, notes };
}
