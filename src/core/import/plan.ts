// A CSV import from start to end without I/O: read the file, take the suggested mapping with the
// person's overrides, and turn every row into an entry for the import (a story input or a reason).
import type { FrameworkDefinition } from "../framework.ts";
import { type ColumnReport, MappedTable } from "./convert.ts";
import { type CsvFormat, parseCsv } from "./csv.ts";
import { type Mapping, mappingTargets, type MappingTarget, norm, suggestMapping } from "./mapping.ts";
import { type CellProblem, cellProblemText } from "./problems.ts";

export interface CsvImportPlan {
  format: CsvFormat;
  rows: number;
  columns: ColumnReport[];
  unmappedSignifiers: string[];
  targets: MappingTarget[];
  entries: { line: number; value?: unknown; error?: string }[];
  /** Answers left out because their cell could not be read; the stories are kept. */
  problems: CellProblem[];
  /** Rows every mapped cell of which could be read. */
  keptWhole: number;
  /** Columns by how many of their cells could not be read, most first. */
  troubleColumns: { column: number; header: string; question: string; count: number }[];
}

function troubleColumns(problems: CellProblem[]): CsvImportPlan["troubleColumns"] {
  const byColumn = new Map<number, CsvImportPlan["troubleColumns"][number]>();
  for (const p of problems) {
    const entry = byColumn.get(p.column) ?? { column: p.column, header: p.header, question: p.question, count: 0 };
    entry.count++;
    byColumn.set(p.column, entry);
  }
  return [...byColumn.values()].sort((a, b) => b.count - a.count || a.column - b.column);
}

/** NarraFirma's story-collection export always starts with these two columns; Kobo's export always has _uuid and _submission_time. */
export function detectFormat(text: string): CsvFormat {
  const firstLine = text.slice(0, 20_000).split(/\r?\n/)[0] ?? "";
  if (/(^|[;,"])_uuid([;,"]|$)/.test(firstLine) && firstLine.includes("_submission_time")) return "kobo";
  return norm(firstLine.slice(0, 200)).startsWith("storytitlestorytext") ? "narrafirma" : "sensemaker";
}

/** Overrides written as "index:target" pairs with commas between ("3:answers.regie,5:"); an empty target ignores the column. */
export function parseMappingOverrides(text: string | undefined): Mapping {
  if (!text) return {};
  return Object.fromEntries(text.split(",").map((pair) => {
    const [index, target] = pair.split(":");
    return [Number(index), target || null];
  }));
}

export function planCsvImport(text: string, definition: FrameworkDefinition, options: { format?: CsvFormat; overrides?: Mapping; lang?: string } = {}): CsvImportPlan {
  const format = options.format ?? detectFormat(text);
  const table = parseCsv(text, format);
  const mapping = { ...suggestMapping(table.columns, definition), ...options.overrides };
  const mapped = new MappedTable(table, mapping, definition);
  const converted = table.rows.map((r) => mapped.convert(r));
  const entries = converted.map((c) => (c.rejection ? { line: c.row, error: cellProblemText(c.rejection, options.lang ?? "en") } : { line: c.row, value: c.input }));
  const problems = converted.flatMap((c) => c.problems);
  const keptWhole = converted.filter((c) => !c.rejection && c.problems.length === 0).length;
  return {
    format, rows: table.rows.length, columns: mapped.columns(), unmappedSignifiers: mapped.unmappedSignifiers(), targets: mappingTargets(definition),
    entries, problems, keptWhole, troubleColumns: troubleColumns(problems),
  };
}
