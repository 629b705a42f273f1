// Reading peer CSV exports: NarraFirma's story-collection export (a second header row names the
// options of multiple-choice questions, one column each), SenseMaker-style CSV (one header row) and
// KoboToolbox's data export (headers are XLSForm names with their group path, "group/question", and
// a select_multiple's options may have columns of their own, "question/option").
import { parse } from "csv-parse/sync";
import { quotedLine } from "./csv-text.ts";
import { partsKeepingCopiesTogether } from "./parts.ts";

export const csvFormats = ["narrafirma", "sensemaker", "kobo"] as const;
export type CsvFormat = (typeof csvFormats)[number];

export interface CsvColumn {
  index: number;
  /** The column's name; for NarraFirma's option columns, "question / option". */
  header: string;
  name: string;
  /** NarraFirma's second header row: the option of a multiple-choice column. */
  option?: string;
  /** Kobo only: the path segment before the name, a group or (for an option column) the question; "" at the top. */
  parent?: string;
}

export interface CsvRow {
  /** The row in the file as a spreadsheet numbers it (the first header row is row 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  columns: CsvColumn[];
  rows: CsvRow[];
  /** The header lines as they were, to repeat above each part when a file is sent in parts. */
  headerLines: string[][];
}

/**
 * A NarraFirma comment line: ";" then a space, a comma, a quote or nothing. Not ";Title;Text", a
 * semicolon file whose first header cell is empty (as pandas writes its index column).
 */
export const commentLine = (line: string) => /^\uFEFF?"?;(\s|,|"|$)/.test(line);

/** The first line that is not empty and not a comment (NarraFirma's files may start with ";" lines). */
export function headerLine(text: string): string {
  return text.slice(0, 100_000).split(/\r?\n/).find((line) => line.replace(/[",;\s]/g, "") !== "" && !commentLine(line)) ?? "";
}

/** Dutch spreadsheets write ";" between cells; the header line tells which one a file uses. */
function delimiterOf(text: string): string {
  const line = headerLine(text);
  const count = (c: string) => line.split(c).length;
  return count(";") > count(",") ? ";" : ",";
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");
const comment = (cells: string[]) => (cells[0] ?? "").trim().startsWith(";");
/** NarraFirma skips rows whose first two cells are empty and rows that start with ";" (comments). */
const narraFirmaSkips = (cells: string[]) => (cells.length < 2 || (!cells[0]!.trim() && !cells[1]!.trim()) || comment(cells));

export function parseCsv(text: string, format: CsvFormat): CsvTable {
  const records = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true }) as string[][];
  // NarraFirma's reader takes the first row that is neither empty nor a comment as the header.
  const at = format === "narrafirma" ? Math.max(0, records.findIndex((r) => !blank(r) && !comment(r))) : 0;
  const header = records[at] ?? [];
  const hasOptionRow = format === "narrafirma" && records.length > at + 1 && narraFirmaSkips(records[at + 1]!);
  const options = hasOptionRow ? records[at + 1]! : [];
  const columns = header.map((name, index): CsvColumn => {
    // The option row is itself a comment row: its first cell is NarraFirma's ";" marker, not an option.
    const cell = options[index]?.trim();
    const option = cell && !cell.startsWith(";") ? cell : undefined;
    if (format === "kobo") {
      const path = name.trim().split("/");
      return { index, name: path.at(-1)!, parent: path.at(-2) ?? "", header: name.trim() };
    }
    return { index, name: name.trim(), option, header: option ? `${name.trim()} / ${option}` : name.trim() };
  });
  const first = at + (hasOptionRow ? 2 : 1);
  const rows: CsvRow[] = [];
  for (let i = first; i < records.length; i++) {
    const cells = records[i]!;
    if (blank(cells) || (format === "narrafirma" && narraFirmaSkips(cells))) continue;
    rows.push({ row: i + 1, cells });
  }
  return { columns, rows, headerLines: records.slice(0, first) };
}


export interface CsvPart {
  text: string;
  /** The file's row number of each data row in this part, in order. */
  rowNumbers: number[];
}

/** Splits a table into CSV texts of about size rows each, every one with the header lines (see parts.ts). */
export function splitCsv(table: CsvTable, size: number): CsvPart[] {
  const header = table.headerLines.map(quotedLine).join("");
  return partsKeepingCopiesTogether(table.rows, (r) => JSON.stringify(r.cells), size)
    .map((rows) => ({ text: header + rows.map((r) => quotedLine(r.cells)).join(""), rowNumbers: rows.map((r) => r.row) }));
}

/** The file's row number of a row that a part's report names (rows in a part are numbered as in a file). */
export function rowInFile(table: CsvTable, part: CsvPart, rowInPart: number): number {
  return part.rowNumbers[rowInPart - table.headerLines.length - 1] ?? rowInPart;
}
