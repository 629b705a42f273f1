// Dates of birth: a full date (dates.ts) tied to a birth cue: "geboren op 3 maart 1984", "geb.
// 03-03-1984", "geboortedatum: 1984-03-03", or "op 14 januari 2009 geboren". The finding is the
// date itself, not the cue.
import { fullDates } from "./dates.ts";
import { matches } from "./spans.ts";
import { finding, type Finding } from "./types.ts";

const cueBefore = /\b(?:geboren|geboortedatum|geb\.?\s?datum|geb\.dat\.?|geb\.|geb\b)/giu;
const cueAfter = /^[\s,)]*(?:[\p{L}]+\s+){0,3}geboren\b/iu;
// Words that end the clause about a birth: a date after them is about something else.
const breakers = new Set("en maar toen daarna want omdat sinds tot nadat voordat terwijl vanaf per of afspraak".split(" "));

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
  return fullDates(text)
    .filter((d) => hasCueBefore(text, d.start) || hasCueAfter(text, d.end))
    .map((d) => finding(text, "birthDate", d.start, d.end));
}
