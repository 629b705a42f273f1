// Dates of birth. A date alone is no personal data (an appointment, a deadline); a date tied to a
// birth cue is: "geboren op 3 maart 1984", "geb. 03-03-1984", "geboortedatum: 1984-03-03", or
// "op 14 januari 2009 geboren". The finding is the date itself, not the cue.
import { matches } from "./spans.ts";
import { finding, type Finding } from "./types.ts";

const months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";
const datePattern = new RegExp(
  [
    "(?<![\\p{N}.,/-])(?<d>\\d{1,2})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[.,/-]\\d)",
    "(?<![\\p{N}.,/-])(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\p{N}])",
    `(?<![\\p{N}])(?<wd>\\d{1,2})(?:e|ste|de)?\\s(?:${months})\\.?\\s(?:19|20)\\d{2}(?![\\p{N}])`,
  ].join("|"),
  "giu",
);

const cueBefore = /\b(?:geboren|geboortedatum|geb\.?\s?datum|geb\.dat\.?|geb\.|geb\b)/giu;
const cueAfter = /^[\s,)]*(?:[\p{L}]+\s+){0,3}geboren\b/iu;
// Words that end the clause about a birth: a date after them is about something else.
const breakers = new Set("en maar toen daarna want omdat sinds tot nadat voordat terwijl vanaf per of afspraak".split(" "));

function plausible(m: RegExpExecArray): boolean {
  const g = m.groups ?? {};
  const [day, month] = g["d"] !== undefined ? [Number(g["d"]), Number(g["m"])] : [Number(g["id"] ?? 1), Number(g["im"] ?? 1)];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** True when the words between a cue and the date are few and none of them starts a new clause. */
function linked(gap: string): boolean {
  if (/[!?;]|\.\s/.test(gap)) return false;
  const words = gap.split(/[\s:(),]+/).filter(Boolean);
  return words.length <= 4 && words.every((w) => !breakers.has(w.toLowerCase()));
}

function hasCueBefore(text: string, dateStart: number): boolean {
  const window = text.slice(Math.max(0, dateStart - 60), dateStart);
  return matches(cueBefore, window).some((c) => linked(window.slice(c.index + c[0].length)));
}

function hasCueAfter(text: string, dateEnd: number): boolean {
  const after = text.slice(dateEnd, dateEnd + 40).match(cueAfter);
  return after !== null && linked(after[0].replace(/geboren$/i, ""));
}

export function detectBirthDates(text: string): Finding[] {
  return matches(datePattern, text)
    .filter((m) => plausible(m) && (hasCueBefore(text, m.index) || hasCueAfter(text, m.index + m[0].length)))
    .map((m) => finding(text, "birthDate", m.index, m.index + m[0].length));
}
