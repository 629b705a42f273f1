// Turns mapped CSV rows into story inputs (the shape an NDJSON line has), cell by cell. A cell that
// cannot be read costs that answer, not the story: it is left out and reported (problems.ts). Only an
// unreadable consent cell stops a row, because guessing consent is not ours to do. Scales of peers:
// percentages for triad corners, 0–100 for dyads (NarraFirma's sliders and SenseMaker's dyads).
import { validateAnswers } from "../answers.ts";
import { type FrameworkDefinition, type Signifier, tellerSignifiers } from "../framework.ts";
import type { CsvRow, CsvTable } from "./csv.ts";
import { type Mapping, mappingTargets, norm, sharedTarget } from "./mapping.ts";
import { CellError, type CellProblem } from "./problems.ts";
import { appendedColumns, withAppended, wordCount } from "./apply-options.ts";
import { boolean, language, marked, number, option, options } from "./values.ts";

export interface ColumnReport {
  index: number;
  header: string;
  target: string | null;
  status: "mapped" | "ignored" | "unknownTarget" | "duplicateTarget";
}

export interface ConvertedRow {
  row: number;
  input?: Record<string, unknown>;
  /** Why the row cannot be kept: an unreadable consent cell, or no story in the text column. */
  rejection?: CellProblem;
  problems: CellProblem[];
}

/** The prefix of a text signifier that keeps a choice's write-in answers ("writein_<choice id>"), as NarraFirma's WRITEIN_ columns. */
export const WRITE_IN = "writein_";

/** The value of a whole-signifier cell (answers.<id>); undefined for an empty cell. */
function cellValue(s: Signifier, cell: string, delimiter: string | undefined): unknown {
  if (cell.trim() === "") return undefined;
  if (s.type === "text") return cell;
  if (s.type === "choice") return s.multiple ? options(s, cell, delimiter) : option(s, cell);
  const n = number(cell);
  if (n === undefined) throw new CellError("notNumber", cell.trim());
  // A scale takes whole numbers; 3.5 would cost the story at the framework's check, so it costs only this answer here.
  if (s.type === "scale" && !Number.isInteger(n)) throw new CellError("notWholeNumber", cell.trim());
  return s.type === "dyad" ? n / 100 : n;
}

/** Reads a triad from its three percentage corners: all three or none, summing to 100 (±1). */
function triad(parts: (string | undefined)[]): number[] | undefined {
  if (parts.every((p) => !p?.trim())) return undefined;
  const values = parts.map((p) => number(p ?? ""));
  if (values.some((v) => v === undefined || v < 0)) throw new CellError("triadParts", parts.join(" / "));
  const sum = values.reduce((a, b) => a! + b!, 0)!;
  if (Math.abs(sum - 100) > 1) throw new CellError("triadSum", String(sum));
  return values.map((v) => v! / sum);
}

/** The longest title and client reference a story takes (core/story.ts). */
const MAX_FIELD = 200;

/** The prompt a cell names by its id, its text or an alias. */
export const promptFor = (definition: FrameworkDefinition, cell: string) =>
  definition.prompts.find((p) => p.id === cell.trim() || [p.id, p.text, ...(p.aliases ?? [])].some((name) => norm(name) === norm(cell)));

function readField(input: Record<string, unknown>, field: string, cell: string, definition: FrameworkDefinition) {
  const consent = input.consent as Record<string, boolean>;
  if (field === "consent.research") consent.research = boolean(cell);
  else if (field === "consent.quoting") consent.quoting = boolean(cell);
  else if (field === "consent.sector") consent.sector = boolean(cell);
  else if (cell.trim() === "") return;
  else if (field === "toldAt") {
    const date = new Date(cell.trim());
    if (Number.isNaN(date.getTime())) throw new CellError("notDate", cell.trim());
    // A story told in the future would be refused whole; a typo in a year should cost only the date.
    if (date.getTime() > Date.now()) throw new CellError("dateInFuture", cell.trim());
    input.toldAt = date.toISOString();
  } else if ((field === "title" || field === "subjectRef") && cell.trim().length > MAX_FIELD) {
    throw new CellError("tooLong", `${cell.trim().slice(0, 40)}…`);
  } else if (field === "promptId") {
    // NarraFirma's stories carry the eliciting question's data name (its import layout) or short name (its export): the id and an alias.
    const prompt = promptFor(definition, cell);
    if (!prompt) throw new CellError("notPrompt", cell.trim());
    input.promptId = prompt.id;
  } else if (field === "language") input.language = language(cell);
  else input[field] = field === "text" ? storyText(cell) : cell.trim();
}

/** NarraFirma's export puts quotes of its own around a story text with a new line in it, inside the CSV quoting. */
const storyText = (cell: string) => (/[\r\n]/.test(cell) && /^"[^]*"$/.test(cell) ? cell.slice(1, -1) : cell);

export class MappedTable {
  private readonly byId: Map<string, Signifier>;
  private readonly report: ColumnReport[];
  private readonly appended: { index: number; before: string }[];

  constructor(readonly table: CsvTable, mapping: Mapping, readonly definition: FrameworkDefinition) {
    this.byId = new Map(definition.signifiers.map((s) => [s.id, s]));
    this.appended = appendedColumns(table.columns, definition.importOptions);
    const targets = new Set(mappingTargets(definition).map((t) => t.target));
    const seen = new Set<string>();
    this.report = table.columns.map((c) => {
      const target = mapping[c.index] ?? null;
      const status = target === null ? "ignored" : !targets.has(target) ? "unknownTarget"
        : seen.has(target) && !sharedTarget(target, definition) ? "duplicateTarget" : "mapped";
      if (target !== null) seen.add(target);
      return { index: c.index, header: c.header, target, status };
    });
  }

  columns(): ColumnReport[] {
    return this.report;
  }

  /** Signifiers that no column feeds. */
  unmappedSignifiers(): string[] {
    const fed = new Set(this.columns().filter((c) => c.status === "mapped").map((c) => c.target!.split(".")[1]));
    return this.definition.signifiers.filter((s) => s.audience !== "interpreter" && s.type !== "stones" && !fed.has(s.id)).map((s) => s.id);
  }

  /** What a person reads for a target: the signifier's question; a story field has none beyond its column's header. */
  question(target: string): string {
    const [head, id] = target.split(".");
    return head === "answers" ? this.byId.get(id!)?.question ?? target : "";
  }

  convert(row: CsvRow): ConvertedRow {
    const input: Record<string, unknown> = { answers: {}, consent: { research: true, quoting: false } };
    const answers = input.answers as Record<string, unknown>;
    const triads = new Map<string, { column: ColumnReport; parts: (string | undefined)[] }>();
    const problems: CellProblem[] = [];
    const cellProblem = (column: ColumnReport, error: unknown, value: string): CellProblem => {
      if (!(error instanceof CellError)) throw error;
      return { row: row.row, column: column.index, header: column.header, question: this.question(column.target!), value, code: error.code };
    };
    const problem = (column: ColumnReport, error: unknown, value: string) => problems.push(cellProblem(column, error, value));
    for (const column of this.columns().filter((c) => c.status === "mapped")) {
      const cell = row.cells[column.index] ?? "";
      try {
        this.readCell(input, answers, triads, column, cell);
      } catch (error) {
        if (column.target!.startsWith("consent.")) return { row: row.row, rejection: cellProblem(column, error, cell.trim()), problems };
        if (!this.keepAsWriteIn(answers, column.target!, cell)) problem(column, error, cell.trim());
      }
    }
    for (const [id, { column, parts }] of triads) {
      try {
        const value = triad(parts);
        if (value) answers[id] = value;
      } catch (error) {
        problem(column, error, (error as CellError).value);
      }
    }
    this.dropInvalid(answers, row, problems);
    // A row without its story cannot become one; saying so plainly beats the schema's "expected a string".
    const textColumn = this.columns().find((c) => c.status === "mapped" && c.target === "text");
    if (textColumn && !(input.text as string | undefined)?.trim()) {
      return { row: row.row, rejection: { row: row.row, column: textColumn.index, header: textColumn.header, question: textColumn.header, value: "", code: "noText" }, problems };
    }
    // The form's minimum counts the teller's own words, before other columns are added (as NarraFirma does).
    const min = this.definition.importOptions?.minWords;
    const words = textColumn ? wordCount(input.text as string) : 0;
    if (textColumn && min && words < min) {
      return { row: row.row, rejection: { row: row.row, column: textColumn.index, header: textColumn.header, question: textColumn.header, value: String(words), code: "tooFewWords", limit: min }, problems };
    }
    if (textColumn) input.text = withAppended(input.text as string, row, this.appended);
    return { row: row.row, input, problems };
  }

  /** An answer read well but not allowed by the framework (a 9 on a scale of 1–5) is left out too. */
  private dropInvalid(answers: Record<string, unknown>, row: CsvRow, problems: CellProblem[]) {
    for (const issue of validateAnswers(tellerSignifiers(this.definition), answers)) {
      if (issue.code !== "outOfRange" && issue.code !== "tooLong") continue;
      const column = this.columns().find((c) => c.status === "mapped" && c.target!.split(".")[1] === issue.signifierId)!;
      problems.push({ row: row.row, column: column.index, header: column.header, question: this.question(column.target!), value: (row.cells[column.index] ?? "").trim(), code: issue.code });
      delete answers[issue.signifierId];
    }
  }

  /** NarraFirma keeps an answer that is none of a choice's options as that question's write-in, where the form has one. */
  private keepAsWriteIn(answers: Record<string, unknown>, target: string, cell: string): boolean {
    const [head, id, part] = target.split(".");
    const writeIn = `${WRITE_IN}${id}`;
    if (head !== "answers" || part !== undefined || this.byId.get(id!)?.type !== "choice" || this.byId.get(writeIn)?.type !== "text") return false;
    answers[writeIn] = answers[writeIn] ? `${answers[writeIn]}; ${cell.trim()}` : cell.trim();
    return true;
  }

  private readCell(input: Record<string, unknown>, answers: Record<string, unknown>, triads: Map<string, { column: ColumnReport; parts: (string | undefined)[] }>, column: ColumnReport, cell: string) {
    const target = column.target!;
    const [head, id, part] = target.split(".");
    if (head !== "answers") return readField(input, target, cell, this.definition);
    const s = this.byId.get(id!)!;
    if (part === undefined) {
      const value = cellValue(s, cell, this.definition.importOptions?.delimiter);
      if (value === undefined) return;
      // NarraFirma repeats a multiple choice's name over several columns, one chosen option in each.
      answers[id!] = Array.isArray(value) && Array.isArray(answers[id!]) ? [...new Set([...(answers[id!] as string[]), ...value])] : value;
    } else if (s.type === "triad") {
      const entry = triads.get(id!) ?? { column, parts: [undefined, undefined, undefined] };
      entry.parts[Number(part) - 1] = cell;
      triads.set(id!, entry);
    } else if (s.type === "choice" && cell.trim() && marked(s, part!, cell, this.definition.importOptions?.yesIndicator)) {
      // An option column: NarraFirma writes the option's label when chosen, others 1, x or Yes.
      answers[id!] = [...new Set([...((answers[id!] as string[] | undefined) ?? []), part!])];
    }
  }
}
