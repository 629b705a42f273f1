// Dates in the reader's language: "3 maart 2025" / "3 March 2025".
import type { Lang } from "./i18n.tsx";

/** The locale that formats numbers and dates for the reader's language. */
export const localeOf = (lang: Lang | string) => (lang === "en" ? "en-GB" : "nl-NL");

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

