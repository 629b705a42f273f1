// Reading the cells of an Office Open XML workbook (an XLSForm, a KoboToolbox data export) as text:
// fflate unzips it and the few elements a cell can be written with are read directly, so no
// spreadsheet library is needed. Formulas give their cached value; styles and dates stay as written.
import { strFromU8, unzipSync } from "fflate";
import { ImportFileError } from "./problems.ts";

export type SheetRows = string[][];

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e.toLowerCase()]!);

/** The text of every <t> in a fragment: a shared or inline string may be split into runs. */
const runsText = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** "AB12" → 27 (columns from 0). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? "A") n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function sheetRows(xml: string, shared: string[]): SheetRows {
  const rows: SheetRows = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attribute(row[1]!, "r") ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cell[1]!;
      const body = cell[2] ?? "";
      const ref = attribute(tag, "r");
      const index = ref ? columnIndex(ref) : cells.length;
      const type = attribute(tag, "t");
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const value = type === "s" ? shared[Number(v)] ?? "" : type === "inlineStr" ? runsText(body) : unescapeXml(v ?? "");
      while (cells.length < index) cells.push("");
      cells[index] = value;
    }
    // Styled but empty rows (down to row 1048576 in some files) are left out, not padded to.
    if (cells.every((c) => c.trim() === "")) continue;
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  }
  return rows;
}

/** The workbook's sheets by name, in order, each as rows of cells (an empty cell is ""). */
export function readWorkbook(bytes: Uint8Array): Map<string, SheetRows> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ImportFileError("notXlsx", "not an XLSX file (it is not a zip archive)");
  }
  const text = (path: string) => (files[path] ? strFromU8(files[path]!) : undefined);
  const book = text("xl/workbook.xml");
  if (!book) throw new ImportFileError("notXlsx", "not an XLSX file (it has no xl/workbook.xml)");
  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1]!));
  const targets = new Map([...(text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => [attribute(m[0], "Id")!, attribute(m[0], "Target")!]));
  const sheets = new Map<string, SheetRows>();
  for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(m[0], "r:id") ?? "") ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    sheets.set(unescapeXml(attribute(m[0], "name") ?? ""), sheetRows(text(path) ?? "", shared));
  }
  return sheets;
}

/** A zip archive starts with "PK\3\4": how an XLSX body is told from a CSV one. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
