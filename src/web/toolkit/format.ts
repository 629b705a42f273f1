// Numbers and dates in the reader's language: "1.250,5" / "1,250.5", "3 maart 2025" / "3 March 2025".
import type { Lang } from "./i18n.tsx";

/** The locale that formats numbers and dates for the reader's language. */
export const localeOf = (lang: Lang | string) => (lang === "en" ? "en-GB" : "nl-NL");

interface NumberStyle {
  /** Decimals at most (or exactly, with `fixed`). */
  digits?: number;
  fixed?: boolean;
  /** A share (0.25) written as a percentage ("25%"). */
  percent?: boolean;
}

/** One formatter for every number on screen, so a count, a mean and a share read alike on each page. */
export function numberFormatter(lang: Lang | string, { digits = 0, fixed = false, percent = false }: NumberStyle = {}) {
  const format = new Intl.NumberFormat(localeOf(lang), {
    maximumFractionDigits: digits, ...(fixed ? { minimumFractionDigits: digits } : {}), ...(percent ? { style: "percent" } : {}),
  });
  return (value: number) => format.format(value);
}

/** A month as the API writes it ("2026-10") in words: "oktober 2026" / "October 2026". */
export function formatMonth(month: string, lang: Lang | string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, monthNumber! - 1, 1)).toLocaleDateString(localeOf(lang), { month: "long", year: "numeric", timeZone: "UTC" });
}

export const formatDate = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleDateString(localeOf(lang), { day: "numeric", month: "long", year: "numeric" });

const pad = (n: number) => String(n).padStart(2, "0");
/** A moment as a date input's value ("2027-03-31"), in local time. */
export const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** A date input's value ("2025-03-03") as the start or the end of that day in local time, RFC 3339. */
export function dayBoundary(day: string, edge: "start" | "end"): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = edge === "start" ? new Date(y!, m! - 1, d!) : new Date(y!, m! - 1, d!, 23, 59, 59, 999);
  return date.toISOString();
}

