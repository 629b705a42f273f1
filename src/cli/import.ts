// `vertelpunt import <file> --collection <id>`: sends a story file to a running server in parts (so a
// large file shows progress and no request grows too big), and adds up the parts' reports.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { type CsvFormat, type CsvPart, headerLine, parseCsv, rowInFile, splitCsv } from "../core/import/csv.ts";
import { csvText } from "../core/import/csv-text.ts";
import { partsKeepingCopiesTogether } from "../core/import/parts.ts";
import { formatMappingOverrides, type Mapping, mappingFromJson, norm } from "../core/import/mapping.ts";
import { detectFormat } from "../core/import/plan.ts";
import { isZip, readWorkbook } from "../core/import/xlsx-read.ts";
import { CliError, reach, serverProblem } from "./cli-error.ts";
import { importForm } from "./import-form.ts";

const PART_SIZE = 500;
const formats = ["narrafirma", "sensemaker", "kobo", "ndjson", "xlsform", "narrafirma-form"] as const;
type Format = (typeof formats)[number];

export const importUsage = "Usage: vertelpunt import <file> --collection <id> [--format narrafirma|sensemaker|kobo|ndjson] [--mapping <mapping.json>] [--dry-run] [--url <server>] [--token <token>]\n"
  + "       vertelpunt import <form.xlsx|story-form.csv> [--format xlsform|narrafirma-form] [--name <framework name>] [--language nl] [--dry-run] [--url <server>] [--token <token>]";

/** A form makes a framework instead of filling a collection. */
const isForm = (format: Format): format is "xlsform" | "narrafirma-form" => format === "xlsform" || format === "narrafirma-form";

/** NarraFirma's story-form file: a header row with Type, About and Answers (NarraFirma's own reader demands them). */
function isNarraFirmaForm(text: string): boolean {
  const cells = headerLine(text).split(/[;,]/).map(norm);
  return ["type", "about", "answers"].every((name) => cells.includes(name));
}

interface Report {
  accepted: number;
  imported: number;
  alreadyImported: number;
  rejected: { line: number; reason: string }[];
  columns?: { header: string; target: string | null; status: string }[];
  unmappedSignifiers?: string[];
  keptWhole?: number;
  problems?: { row: number; header: string; reason: string }[];
  redactions?: { line: number; field: string; removed: string[] }[];
  redactionsNotListed?: number;
  importOptions?: { code: string; detail: string; reason: string }[];
  /** CSV: the data rows the server read (it skips NarraFirma's comment rows, which the CLI may not know for one). */
  rows?: number;
}

/** A part of the file to send, and how to turn the line numbers in its report back into the file's. */
interface Part {
  body: string;
  rows: number;
  lineInFile(line: number): number;
}

function ndjsonParts(text: string): Part[] {
  const lines = text.split("\n").map((content, i) => ({ line: i + 1, content: content.trim() })).filter((l) => l.content);
  return partsKeepingCopiesTogether(lines, (l) => l.content, PART_SIZE).map((part) => ({
    body: part.map((l) => l.content).join("\n"), rows: part.length, lineInFile: (line) => part[line - 1]?.line ?? line,
  }));
}

function csvParts(text: string, format: CsvFormat): Part[] {
  const table = parseCsv(text, format);
  return splitCsv(table, PART_SIZE).map((part: CsvPart) => ({ body: part.text, rows: part.rowNumbers.length, lineInFile: (row) => rowInFile(table, part, row) }));
}

/** An XLSX file is an XLSForm when it has a survey sheet, otherwise a Kobo data export (its first sheet). */
function formatOf(file: string, text: string, given: string | undefined, sheets?: Map<string, string[][]>): Format {
  if (given !== undefined) {
    if (!(formats as readonly string[]).includes(given)) throw new CliError(`Unknown format ${given}. ${importUsage}`);
    return given as Format;
  }
  if (sheets) return [...sheets.keys()].some((n) => n.trim().toLowerCase() === "survey") ? "xlsform" : "kobo";
  if (/\.(nd)?jsonl?$/i.test(file)) return "ndjson";
  return isNarraFirmaForm(text) ? "narrafirma-form" : detectFormat(text);
}

function workbookOf(bytes: Uint8Array, file: string): Map<string, string[][]> | undefined {
  if (!isZip(bytes)) return undefined;
  try {
    return readWorkbook(bytes);
  } catch {
    throw new CliError(`${file} is a zip archive but not an XLSX workbook.`);
  }
}

async function send(endpoint: string, token: string, format: Format, body: string): Promise<Report> {
  const res = await reach(endpoint, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": format === "ndjson" ? "application/x-ndjson" : "text/csv", "accept-language": "en" },
    body,
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw serverProblem(res.status, answer);
  return answer as Report;
}

/** Columns by how many of their cells could not be read, most first. */
function troubleColumns(problems: { header: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.header, (counts.get(p.header) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([header, n]) => `${header} (${n})`);
}

function details(report: Report): string[] {
  const lines: string[] = [];
  const problems = report.problems ?? [];
  if (report.keptWhole !== undefined) lines.push(`${report.keptWhole} stories kept whole; ${problems.length} answers left out because their cell could not be read.`);
  if (problems.length) lines.push(`Columns with most trouble: ${troubleColumns(problems).slice(0, 5).join(", ")}`);
  for (const p of problems.slice(0, 20)) lines.push(`  ${p.reason}`);
  if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more`);
  const redactions = report.redactions ?? [];
  const changed = redactions.length + (report.redactionsNotListed ?? 0);
  if (changed) lines.push(`Personal-data removal changes ${changed} texts:`);
  for (const r of redactions.slice(0, 20)) lines.push(`  line ${r.line}, ${r.field}: ${r.removed.map((w) => `"${w}"`).join(", ")}`);
  if (changed > 20) lines.push(`  … and ${changed - 20} more`);
  return lines;
}

/** What the story form's import rows did; each part reports its own short stories, so those are added up. */
function optionLines(notes: Report["importOptions"][], parts: number): string[] {
  const first = notes[0] ?? [];
  if (!first.length) return [];
  const short = notes.flatMap((n) => n ?? []).filter((n) => n.code === "minWords").map((n) => n.detail.split("|"));
  const minWords = short.length ? [`  ${short.reduce((sum, [count]) => sum + Number(count), 0)} stories have fewer than ${short[0]![1]} words; they are not imported`] : [];
  return ["As the story form says:", ...first.filter((n) => n.code !== "minWords" || parts === 1).map((n) => `  ${n.reason}`), ...(parts > 1 ? minWords : [])];
}

function summary(report: Report, dryRun: boolean, rows: number, options: string[]): string {
  const lines: string[] = [...options];
  if (report.columns) {
    lines.push("Columns:");
    for (const c of report.columns) lines.push(`  ${c.header} → ${c.target ?? "(left out)"}${c.status === "mapped" || c.status === "ignored" ? "" : ` [${c.status}]`}`);
    if (report.unmappedSignifiers?.length) lines.push(`Signifiers no column feeds: ${report.unmappedSignifiers.join(", ")}`);
  }
  lines.push(dryRun
    ? `Dry run: ${report.accepted} of ${rows} stories can be imported (${report.alreadyImported} of them were imported before), ${rows - report.accepted} rejected. Nothing was stored.`
    : `Imported ${report.imported} of ${rows} stories (${report.alreadyImported} were imported before), ${rows - report.accepted} rejected.`);
  for (const r of report.rejected.slice(0, 20)) lines.push(`  ${r.line ? `line ${r.line}` : "…"}: ${r.reason}`);
  if (report.rejected.length > 20) lines.push(`  … and ${report.rejected.length - 20} more`);
  return [...lines, ...details(report)].join("\n");
}

const options = {
  collection: { type: "string" }, format: { type: "string" }, mapping: { type: "string" }, "dry-run": { type: "boolean" }, url: { type: "string" }, token: { type: "string" },
  name: { type: "string" }, language: { type: "string" },
} as const;

/** Node's own message for an unknown or incomplete option, without its stack. */
function argsOf(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]}\n${importUsage}`);
  }
}

/** The mapping file: the same object the web screen keeps, column number to target. */
async function mappingFile(file: string | undefined): Promise<Mapping | undefined> {
  if (file === undefined) return undefined;
  const text = await readFile(file, "utf8").catch(() => { throw new CliError(`Cannot read the mapping file ${file}.`); });
  try {
    return mappingFromJson(JSON.parse(text));
  } catch (error) {
    throw new CliError(`The mapping file ${file} cannot be used: ${(error as Error).message}`);
  }
}

export async function importCommand(args: string[], env: { url: string; token?: string }): Promise<string> {
  const { values, positionals } = argsOf(args);
  const [file] = positionals;
  const token = values.token ?? env.token;
  if (!file) throw new CliError(importUsage);
  // Without --collection only a form will do: which one the file is tells, so it is read first.
  const bytes = await readFile(file).catch(() => { throw new CliError(`Cannot read ${file}.${values.collection ? "" : `\n${importUsage}`}`); });
  const sheets = workbookOf(bytes, file);
  // A Kobo XLSX export travels as the CSV its first sheet holds, in parts like any CSV.
  const text = sheets ? csvText([...sheets.values()][0] ?? []) : new TextDecoder().decode(bytes);
  const format = formatOf(file, text, values.format, sheets);
  if (!values.collection && !isForm(format)) throw new CliError(importUsage);
  if (!token) throw new CliError("Give an API token with --token or VERTELPUNT_TOKEN (create one in the web app or with POST /api/v1/api-tokens).");
  const url = (values.url ?? env.url).replace(/\/$/, "");
  if (isForm(format)) {
    if (format === "xlsform" && !sheets) throw new CliError(`${file} is not an XLSX file; an XLSForm is read from XLSX.`);
    const type = format === "xlsform" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
    return importForm(bytes, type, { url, token, name: values.name, language: values.language, dryRun: values["dry-run"] ?? false });
  }
  if (!values.collection) throw new CliError(importUsage);
  const mapping = await mappingFile(values.mapping);
  if (mapping && format === "ndjson") throw new CliError("--mapping is for CSV files; an NDJSON line names its fields itself.");
  const dryRun = values["dry-run"] ?? false;
  const parts = format === "ndjson" ? ndjsonParts(text) : csvParts(text, format);
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  // A CSV format only recognised from the header is left to the server, which also knows the names the framework's story form gives the columns.
  const sendFormat = format !== "ndjson" && (values.format !== undefined || sheets !== undefined);
  const query = new URLSearchParams({ dryRun: String(dryRun), ...(sendFormat ? { format } : {}), ...(mapping ? { mapping: formatMappingOverrides(mapping) } : {}) });
  const endpoint = `${url}/api/v1/collections/${encodeURIComponent(values.collection)}/story-imports?${query}`;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: "{bar} {value}/{total} stories", noTTYOutput: true }, cliProgress.Presets.shades_classic);
  if (parts.length > 1) bar.start(rows, 0);
  const total: Required<Pick<Report, "problems" | "redactions">> & Report = { accepted: 0, imported: 0, alreadyImported: 0, rejected: [], problems: [], redactions: [] };
  const notes: Report["importOptions"][] = [];
  let read = 0;
  try {
    for (const part of parts) {
      const report = await send(endpoint, token, format, part.body);
      total.accepted += report.accepted;
      total.imported += report.imported;
      total.alreadyImported += report.alreadyImported;
      total.rejected.push(...report.rejected.map((r) => ({ ...r, line: r.line && part.lineInFile(r.line) })));
      total.problems.push(...(report.problems ?? []).map((p) => ({ ...p, row: part.lineInFile(p.row), reason: p.reason.replace(/\d+/, String(part.lineInFile(p.row))) })));
      total.redactions.push(...(report.redactions ?? []).map((r) => ({ ...r, line: part.lineInFile(r.line) })));
      total.redactionsNotListed = (total.redactionsNotListed ?? 0) + (report.redactionsNotListed ?? 0);
      if (report.keptWhole !== undefined) total.keptWhole = (total.keptWhole ?? 0) + report.keptWhole;
      total.columns ??= report.columns;
      total.unmappedSignifiers ??= report.unmappedSignifiers;
      notes.push(report.importOptions);
      read += report.rows ?? part.rows;
      bar.increment(part.rows);
    }
  } finally {
    bar.stop();
  }
  return summary(total, dryRun, read, optionLines(notes, parts.length));
}
