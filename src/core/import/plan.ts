// A CSV import from start to end without I/O: read the file, take the suggested mapping with the
// person's overrides, and turn every row into an entry for the import (a story input or a reason).
import type { FrameworkDefinition } from "../framework.ts";
import { type ColumnReport, MappedTable, promptFor } from "./convert.ts";
import { commentLine, type CsvFormat, type CsvTable, headerLine, parseCsv } from "./csv.ts";
import { type Mapping, mappingTargets, type MappingTarget, norm, suggestMapping } from "./mapping.ts";
import { type CellProblem, cellProblemText } from "./problems.ts";
import { mappingWithOptions, optionNotes, preparedColumns } from "./apply-options.ts";
import type { OptionNote } from "./option-notes.ts";
import type { ImportOptions } from "./options.ts";

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
  /** What the framework's import options (the form's import rows) did to this file. */
  optionNotes: OptionNote[];
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

/**
 * Kobo's export always has _uuid and _submission_time. NarraFirma's export starts with Story title and
 * Story text; its import layout names those two columns anywhere (by the names its form gives them),
 * and may open with ";" comment lines.
 */
export function detectFormat(text: string, importOptions?: ImportOptions): CsvFormat {
  const line = headerLine(text);
  if (/(^|[;,"])_uuid([;,"]|$)/.test(line) && line.includes("_submission_time")) return "kobo";
  const cells = line.split(/[;,]/).map(norm);
  // A NarraFirma form may give the two columns names of its own (its import rows).
  const [title, story] = [importOptions?.columns?.title ?? "Story title", importOptions?.columns?.text ?? "Story text"].map(norm);
  return commentLine(text) || (cells.includes(title!) && cells.includes(story!)) ? "narrafirma" : "sensemaker";
}

/** Overrides written as "index:target" pairs with commas between ("3:answers.regie,5:"); an empty target ignores the column. */
export function parseMappingOverrides(text: string | undefined): Mapping {
  if (!text) return {};
  return Object.fromEntries(text.split(",").map((pair) => {
    const [index, target] = pair.split(":");
    return [Number(index), target || null];
  }));
}

/**
 * NarraFirma's import layout names the eliciting question's column as its form says ("Question
 * chosen"): a column that no name links, every filled cell of which names a prompt, holds the prompt.
 */
function promptByContent(table: CsvTable, definition: FrameworkDefinition, mapping: Mapping, overrides: Mapping): Mapping {
  if (Object.values(mapping).includes("promptId")) return mapping;
  const column = table.columns.find((c) => {
    if (mapping[c.index] || c.index in overrides) return false;
    const cells = table.rows.map((r) => r.cells[c.index]?.trim() ?? "").filter(Boolean);
    return cells.length > 0 && cells.every((cell) => promptFor(definition, cell));
  });
  return column ? { ...mapping, [column.index]: "promptId" } : mapping;
}

export function planCsvImport(text: string, definition: FrameworkDefinition, options: { format?: CsvFormat; overrides?: Mapping; lang?: string } = {}): CsvImportPlan {
  const format = options.format ?? detectFormat(text, definition.importOptions);
  const read = parseCsv(text, format);
  const table = { ...read, columns: preparedColumns(read.columns, definition.importOptions) };
  const suggested = suggestMapping(table.columns, definition);
  const mapping = promptByContent(table, definition, { ...mappingWithOptions(table.columns, suggested, definition.importOptions), ...options.overrides }, options.overrides ?? {});
  const mapped = new MappedTable(table, mapping, definition);
  const converted = table.rows.map((r) => mapped.convert(r));
  const entries = converted.map((c) => (c.rejection ? { line: c.row, error: cellProblemText(c.rejection, options.lang ?? "en") } : { line: c.row, value: c.input }));
  const problems = converted.flatMap((c) => c.problems);
  const keptWhole = converted.filter((c) => !c.rejection && c.problems.length === 0).length;
  return {
    format, rows: table.rows.length, columns: mapped.columns(), unmappedSignifiers: mapped.unmappedSignifiers(), targets: mappingTargets(definition),
    entries, problems, keptWhole, troubleColumns: troubleColumns(problems),
    optionNotes: optionNotes({ columns: table.columns, suggested, mapping, definition, skippedShort: converted.filter((c) => c.rejection?.code === "tooFewWords").length }),
  };
}
