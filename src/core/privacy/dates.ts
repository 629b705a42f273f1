// Full dates, with day, month and year, in the forms people write them: 12-03-1985, 12/03/1985,
// 12.03.85, 5-9-98, 1985-03-12, 3 juni 1985, 3 jun. 1985, 3 juni '85. A full date pins an event in
// someone's life (a birth, an arrival, an eviction), so it is redacted even without a cue; with a
// birth cue it is a date of birth (birth-date.ts). A day and month without a year ("op 2 mei"), a
// year alone and case numbers such as 2023-04-1187 stay.
import { matches } from "./spans.ts";
import { finding, type Finding } from "./types.ts";

const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";
const datePattern = new RegExp(
  [
    "(?<![\\p{N}.,/-])(?<d>\\d{1,2})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?:\\d{4}|\\d{2})(?![\\p{N}]|[.,/-]\\d)",
    "(?<![\\p{N}.,/-])(?:19|20)\\d{2}(?<is>[-/])(?<im>\\d{2})\\k<is>(?<id>\\d{2})(?![\\p{N}]|[.,/-]\\d)",
    `(?<![\\p{N}])(?<wd>\\d{1,2})(?:e|ste|de)?\\s(?:${months})\\.?\\s(?:(?:19|20)\\d{2}|['’]\\d{2})(?![\\p{N}])`,
  ].join("|"),
  "giu",
);

function plausible(m: RegExpExecArray): boolean {
  const g = m.groups ?? {};
  const [day, month] = g["d"] !== undefined ? [Number(g["d"]), Number(g["m"])] : [Number(g["id"] ?? g["wd"] ?? 1), Number(g["im"] ?? 1)];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Every plausible full date, as spans. */
export function fullDates(text: string): { start: number; end: number }[] {
  return matches(datePattern, text).filter(plausible).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function detectDates(text: string): Finding[] {
  return fullDates(text).map((d) => finding(text, "date", d.start, d.end));
}
