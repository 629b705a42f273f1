// A framework's texts as a file for a translator, and back: XLIFF 2.0 (OASIS, the format translation
// tools read; one <unit> per text key, <source> and, where done, <target>) or a CSV with the columns
// key, source, translation. Reading takes only what the file translates, by key; the caller decides
// which keys the framework knows.
import { parse } from "csv-parse/sync";
import type { FrameworkText } from "./framework-texts.ts";

export const translationFileFormats = ["xliff", "csv"] as const;
export type TranslationFileFormat = (typeof translationFileFormats)[number];

export interface TranslationFile {
  /** e.g. "framework/<id>" or "framework/<id>/easy": tells the translator (and us) what it is. */
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  texts: readonly FrameworkText[];
  /** Texts already translated, by key. */
  translated: Readonly<Record<string, string>>;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export function toXliff(file: TranslationFile): string {
  const units = file.texts.map(({ key, text }) => {
    const target = file.translated[key];
    return [
      `    <unit id="${escapeXml(key)}">`,
      `      <segment state="${target ? "translated" : "initial"}">`,
      `        <source>${escapeXml(text)}</source>`,
      ...(target ? [`        <target>${escapeXml(target)}</target>`] : []),
      "      </segment>",
      "    </unit>",
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(file.sourceLanguage)}" trgLang="${escapeXml(file.targetLanguage)}">`,
    `  <file id="f1" original="${escapeXml(file.original)}">`,
    ...units,
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (entity!.startsWith("#x")) return String.fromCodePoint(parseInt(entity!.slice(2), 16));
    if (entity!.startsWith("#")) return String.fromCodePoint(parseInt(entity!.slice(1), 10));
    return entities[entity!]!;
  });
}

export class TranslationFileError extends Error {}

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[2] ?? match[3] ?? "") : undefined;
};

export interface ReadTranslations {
  targetLanguage?: string;
  /** The translations in the file, by key (empty targets left out). */
  texts: Record<string, string>;
}

/**
 * The targets of an XLIFF 2.0 file (also what translation tools write back: extra attributes,
 * notes, CDATA). Inline markup inside a target is refused: framework texts are plain text.
 */
export function fromXliff(xml: string): ReadTranslations {
  const root = /<xliff\b[^>]*>/.exec(xml);
  if (!root) throw new TranslationFileError("no <xliff> element");
  if (attribute(root[0], "version") !== "2.0") throw new TranslationFileError("only XLIFF version 2.0 is read");
  const texts: Record<string, string> = {};
  for (const unit of xml.matchAll(/<unit\b([^>]*)>([\s\S]*?)<\/unit>/g)) {
    const key = attribute(unit[1]!, "id");
    if (!key) throw new TranslationFileError("a <unit> without an id");
    const targets = [...unit[2]!.matchAll(/<target\b[^>]*>([\s\S]*?)<\/target>/g)].map((m) => m[1]!);
    if (targets.some((t) => t.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("<"))) throw new TranslationFileError(`unit ${key}: markup inside <target> is not supported`);
    const text = targets.map(unescapeXml).join("").trim();
    if (text) texts[key] = text;
  }
  return { targetLanguage: attribute(root[0], "trgLang"), texts };
}

const csvCell = (text: string) => (/[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** RFC 4180 CSV with a header row; UTF-8 with a byte-order mark so spreadsheet programs read it right. */
export function toCsv(file: TranslationFile): string {
  const rows = [["key", "source", "translation"], ...file.texts.map(({ key, text }) => [key, text, file.translated[key] ?? ""])];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The translation column by key; comma or semicolon between cells, as spreadsheets save. */
export function fromCsv(text: string): ReadTranslations {
  let rows: string[][];
  try {
    const body = text.replace(/^\uFEFF/, "");
    const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
    rows = parse(body, { delimiter: firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",", relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new TranslationFileError(`not readable as CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = rows;
  const keyColumn = header?.indexOf("key") ?? -1;
  const translationColumn = header?.indexOf("translation") ?? -1;
  if (keyColumn < 0 || translationColumn < 0) throw new TranslationFileError("the header row needs the columns key and translation");
  const texts: Record<string, string> = {};
  for (const row of data) {
    const key = row[keyColumn]?.trim();
    const translation = row[translationColumn]?.trim();
    if (key && translation) texts[key] = translation;
  }
  return { texts };
}
