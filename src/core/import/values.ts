// Reading one cell as a value of a signifier or a story field, the ways peers write them: NarraFirma's
// option labels, option numbers (its "indexed" types), delimited lists, 0–100 sliders, language names.
import type { Signifier } from "../framework.ts";
import { CellError } from "./problems.ts";
import { idOf, norm } from "./mapping.ts";

type Choice = Extract<Signifier, { type: "choice" }>;

const yes = new Set(["1", "true", "yes", "ja", "y", "j", "x", "oui", "wahr"]);
export const no = new Set(["0", "false", "no", "nee", "n", "", "non", "nein"]);

/** A number written with a decimal point or a Dutch decimal comma; undefined when it is not one. */
export function number(cell: string): number | undefined {
  const n = Number(cell.trim().replace(",", "."));
  return cell.trim() !== "" && Number.isFinite(n) ? n : undefined;
}

export function boolean(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  throw new CellError("notYesNo", cell);
}

/** An option by id or label, else by its number in the list (1 is the first), as NarraFirma's indexed types write. */
export function option(s: Choice, cell: string): string {
  // An XLSForm's choice names become ids by idOf ("1" → "q_1"): Kobo's cells carry the names.
  const found = s.options.find((o) => o.id === cell.trim() || norm(o.label) === norm(cell) || norm(o.id) === norm(cell))
    ?? s.options.find((o) => o.id === idOf(cell));
  if (found) return found.id;
  const index = /^\d+$/.test(cell.trim()) ? s.options[Number(cell.trim()) - 1] : undefined;
  if (index) return index.id;
  // A yes/no question (NarraFirma's Boolean and Checkbox) is written true or false, 1 or 0, ja or nee.
  if (s.options.length === 2 && s.options[0]!.id === "yes" && s.options[1]!.id === "no") {
    try {
      return boolean(cell) ? "yes" : "no";
    } catch {
      // not a yes or no either: reported below as not an option
    }
  }
  throw new CellError("notOption", cell.trim());
}

const listOf = (s: Choice, cell: string, between: RegExp | string) => [...new Set(cell.split(between).filter((p) => p.trim()).map((p) => option(s, p)))];

/**
 * A whole cell of a multiple choice: one option, or a list with the delimiter its form names between,
 * or else with , ; | or new lines between, or a slash, or (Kobo, or NarraFirma's "space") spaces.
 */
export function options(s: Choice, cell: string, delimiter?: string): string[] {
  try {
    return [option(s, cell)];
  } catch {
    // not one option: a list, then
  }
  if (delimiter && cell.includes(delimiter)) return listOf(s, cell, delimiter);
  const lists = [/[,;|\n]/, /\//, /\s+/].filter((between, i) => i === 0 || between.test(cell.trim()));
  let failure: unknown;
  for (const between of lists) {
    try {
      return listOf(s, cell, between);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/**
 * Whether the cell of a "Question: option" column says the option was chosen: with the yes indicator
 * the form names, only that (or the option itself, as a column of texts writes it); else anything but no.
 */
export function marked(s: Choice, optionId: string, cell: string, yesIndicator?: string): boolean {
  const value = cell.trim();
  if (!yesIndicator) return !no.has(value.toLowerCase());
  if (norm(value) === norm(yesIndicator)) return true;
  try {
    return option(s, value) === optionId;
  } catch {
    return false;
  }
}

const languages: Record<string, string[]> = {
  nl: ["dutch", "nederlands", "neerlandais", "niederlandisch", "vlaams", "flemish"],
  en: ["english", "engels", "anglais", "englisch"],
  fr: ["french", "frans", "francais", "franzosisch"],
  de: ["german", "duits", "deutsch", "allemand"],
  es: ["spanish", "spaans", "espanol", "espagnol", "spanisch"],
  it: ["italian", "italiaans", "italiano", "italien", "italienisch"],
  pt: ["portuguese", "portugees", "portugues", "portugais", "portugiesisch"],
  tr: ["turkish", "turks", "turkce", "turc", "turkisch"],
  ar: ["arabic", "arabisch", "arabe"],
  pl: ["polish", "pools", "polski", "polonais", "polnisch"],
};

/** A two-letter code from "fr", "fr-BE", "French" or "Français". */
export function language(cell: string): string {
  const code = /^([a-z]{2})([-_][a-z]{2})?$/i.exec(cell.trim())?.[1]?.toLowerCase();
  if (code) return code;
  const name = norm(cell);
  const found = Object.entries(languages).find(([, names]) => names.includes(name));
  if (!found) throw new CellError("notLanguage", cell.trim());
  return found[0];
}
