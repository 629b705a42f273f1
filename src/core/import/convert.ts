// Turns mapped CSV rows into story inputs (the shape an NDJSON line has), cell by cell, with a
// reason for every cell that cannot be read. Scales of peers: percentages for triad corners, 0–100
// for dyads (NarraFirma's sliders and SenseMaker's dyads), option labels or ids for choices.
import type { FrameworkDefinition, Signifier } from "../framework.ts";
import type { CsvRow, CsvTable } from "./csv.ts";
import { type Mapping, mappingTargets, norm } from "./mapping.ts";

export interface ColumnReport {
  index: number;
  header: string;
  target: string | null;
  status: "mapped" | "ignored" | "unknownTarget" | "duplicateTarget";
}

export interface ConvertedRow {
  row: number;
  input?: Record<string, unknown>;
  error?: string;
}

const yes = new Set(["1", "true", "yes", "ja", "y", "j", "x"]);
const no = new Set(["0", "false", "no", "nee", "n", ""]);

/** A number written with a decimal point or a Dutch decimal comma; undefined when it is not one. */
function number(cell: string): number | undefined {
  const n = Number(cell.trim().replace(",", "."));
  return cell.trim() !== "" && Number.isFinite(n) ? n : undefined;
}

function boolean(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  throw new Error(`"${cell}" is not yes or no`);
}

function option(s: Extract<Signifier, { type: "choice" }>, label: string): string {
  const found = s.options.find((o) => o.id === label.trim() || norm(o.label) === norm(label));
  if (!found) throw new Error(`"${label}" is not an option`);
  return found.id;
}

/** The value of a whole-signifier cell (answers.<id>); undefined for an empty cell. */
function cellValue(s: Signifier, cell: string): unknown {
  if (cell.trim() === "") return undefined;
  if (s.type === "text") return cell;
  if (s.type === "choice") {
    return s.multiple ? cell.split(/[;|\n]/).filter((p) => p.trim()).map((p) => option(s, p)) : option(s, cell);
  }
  const n = number(cell);
  if (n === undefined) throw new Error(`"${cell}" is not a number`);
  if (s.type === "dyad") return n / 100;
  return n;
}

/** Reads a triad from its three percentage corners: all three or none, summing to 100 (±1). */
function triad(parts: (string | undefined)[]): number[] | undefined {
  if (parts.every((p) => !p?.trim())) return undefined;
  const values = parts.map((p) => number(p ?? ""));
  if (values.some((v) => v === undefined || v < 0)) throw new Error("needs three percentages");
  const sum = values.reduce((a, b) => a! + b!, 0)!;
  if (Math.abs(sum - 100) > 1) throw new Error(`the three percentages add up to ${sum}, not 100`);
  return values.map((v) => v! / sum);
}

function readField(input: Record<string, unknown>, field: string, cell: string, definition: FrameworkDefinition) {
  const consent = input.consent as Record<string, boolean>;
  if (field === "consent.research") consent.research = boolean(cell);
  else if (field === "consent.quoting") consent.quoting = boolean(cell);
  else if (cell.trim() === "") return;
  else if (field === "toldAt") {
    const date = new Date(cell.trim());
    if (Number.isNaN(date.getTime())) throw new Error(`"${cell}" is not a date`);
    input.toldAt = date.toISOString();
  } else if (field === "promptId") {
    const prompt = definition.prompts.find((p) => p.id === cell.trim() || norm(p.text) === norm(cell));
    if (!prompt) throw new Error(`"${cell}" is not a prompt of this framework`);
    input.promptId = prompt.id;
  } else input[field] = field === "text" ? cell : cell.trim();
}

export class MappedTable {
  private readonly byId: Map<string, Signifier>;
  private readonly report: ColumnReport[];

  constructor(readonly table: CsvTable, mapping: Mapping, readonly definition: FrameworkDefinition) {
    this.byId = new Map(definition.signifiers.map((s) => [s.id, s]));
    const targets = new Set(mappingTargets(definition).map((t) => t.target));
    const seen = new Set<string>();
    this.report = table.columns.map((c) => {
      const target = mapping[c.index] ?? null;
      const status = target === null ? "ignored" : !targets.has(target) ? "unknownTarget" : seen.has(target) ? "duplicateTarget" : "mapped";
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

  convert(row: CsvRow): ConvertedRow {
    const input: Record<string, unknown> = { answers: {}, consent: { research: true, quoting: false } };
    const answers = input.answers as Record<string, unknown>;
    const triads = new Map<string, (string | undefined)[]>();
    const errors: string[] = [];
    for (const column of this.columns().filter((c) => c.status === "mapped")) {
      try {
        this.readCell(input, answers, triads, column.target!, row.cells[column.index] ?? "");
      } catch (error) {
        errors.push(`${column.header}: ${(error as Error).message}`);
      }
    }
    for (const [id, parts] of triads) {
      try {
        const value = triad(parts);
        if (value) answers[id] = value;
      } catch (error) {
        errors.push(`${id}: ${(error as Error).message}`);
      }
    }
    return errors.length ? { row: row.row, error: errors.join("; ") } : { row: row.row, input };
  }

  private readCell(input: Record<string, unknown>, answers: Record<string, unknown>, triads: Map<string, (string | undefined)[]>, target: string, cell: string) {
    const [head, id, part] = target.split(".");
    if (head !== "answers") return readField(input, target, cell, this.definition);
    const s = this.byId.get(id!)!;
    if (part === undefined) {
      const value = cellValue(s, cell);
      if (value !== undefined) answers[id!] = value;
    } else if (s.type === "triad") {
      const parts = triads.get(id!) ?? [undefined, undefined, undefined];
      parts[Number(part) - 1] = cell;
      triads.set(id!, parts);
    } else if (cell.trim() && !no.has(cell.trim().toLowerCase())) {
      // An option column: NarraFirma writes the option's label when chosen, others 1 or x.
      answers[id!] = [...((answers[id!] as string[] | undefined) ?? []), part];
    }
  }
}
