// A CSV import from start to end without I/O: read the file, take the suggested mapping with the
// person's overrides, and turn every row into an entry for the import (a story input or a reason).
import type { FrameworkDefinition } from "../framework.ts";
import { type ColumnReport, MappedTable } from "./convert.ts";
import { type CsvFormat, parseCsv } from "./csv.ts";
import { type Mapping, mappingTargets, type MappingTarget, norm, suggestMapping } from "./mapping.ts";

export interface CsvImportPlan {
  format: CsvFormat;
  rows: number;
  columns: ColumnReport[];
  unmappedSignifiers: string[];
  targets: MappingTarget[];
  entries: { line: number; value?: unknown; error?: string }[];
}

/** NarraFirma's story-collection export always starts with these two columns. */
export function detectFormat(text: string): CsvFormat {
  const start = norm(text.slice(0, 200).split(/\r?\n/)[0] ?? "");
  return start.startsWith("storytitlestorytext") ? "narrafirma" : "sensemaker";
}

/** Overrides written as "index:target" pairs with commas between ("3:answers.regie,5:"); an empty target ignores the column. */
export function parseMappingOverrides(text: string | undefined): Mapping {
  if (!text) return {};
  return Object.fromEntries(text.split(",").map((pair) => {
    const [index, target] = pair.split(":");
    return [Number(index), target || null];
  }));
}

export function planCsvImport(text: string, definition: FrameworkDefinition, options: { format?: CsvFormat; overrides?: Mapping } = {}): CsvImportPlan {
  const format = options.format ?? detectFormat(text);
  const table = parseCsv(text, format);
  const mapping = { ...suggestMapping(table.columns, definition), ...options.overrides };
  const mapped = new MappedTable(table, mapping, definition);
  const entries = table.rows.map((r) => {
    const converted = mapped.convert(r);
    return converted.error ? { line: r.row, error: converted.error } : { line: r.row, value: converted.input };
  });
  return { format, rows: table.rows.length, columns: mapped.columns(), unmappedSignifiers: mapped.unmappedSignifiers(), targets: mappingTargets(definition), entries };
}
