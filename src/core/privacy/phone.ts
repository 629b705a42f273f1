// Phone numbers: Dutch numbers in any of the ways people write them (06-12345678, 020 123 4567,
// (010) 4567890, +31 (0)6 1234 5678, 0031 6…, 0800-1234, with the en dash a word processor types)
// and foreign numbers written with "+". A run of digit groups is cut back to the longest prefix
// that is a whole, valid number. Runs are capped in length, so a page of digits costs linear time.
import { finding, type Finding } from "./types.ts";

const candidate = /(?<![\p{L}\p{N}.,/+-])(?:\+\d|\(\+?\d|\d)(?:[\d()]|(?: ?[./–-] ?| )(?=[\d(+])){0,24}/gu;
const servicePrefix = /^0(?:800|900|906|909)$/;
const ibanHead = /[A-Z]{2}\d{2} ?[A-Z]{4} ?$/i;
const dateLike = /^\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;

/** Digits of a Dutch number in national form ("06…"), or null when it is not a Dutch number. */
function nationalDigits(raw: string): string | null {
  const withoutTrunk = raw.replace(/\(0\)/g, "");
  const digits = withoutTrunk.replace(/\D/g, "");
  if (/^\+31/.test(withoutTrunk.replace(/\s/g, "")) || digits.startsWith("0031")) {
    return "0" + digits.slice(digits.startsWith("0031") ? 4 : 2);
  }
  return digits.startsWith("0") && !digits.startsWith("00") ? digits : null;
}

export function isPhoneNumber(raw: string): boolean {
  if (dateLike.test(raw)) return false;
  const national = nationalDigits(raw);
  if (national === null) {
    // Foreign: "+" or "00", a country code and the subscriber number, 9 to 15 digits in all.
    const digits = raw.replace(/\D/g, "").replace(/^00/, "");
    return /^(?:\+|\(\+|00)/.test(raw) && digits.length >= 9 && digits.length <= 15 && !digits.startsWith("0");
  }
  const service = national.slice(0, 4);
  if (servicePrefix.test(service)) {
    // 0800/0900 numbers have 4 or 7 more digits, and the prefix is written as one group:
    // "09.00-12.34" is a time range, not a 0900 number.
    const firstGroup = raw.replace(/^\+31\s?|^0031\s?/, "0").match(/\d+/)?.[0] ?? "";
    return (national.length === 8 || national.length === 11) && firstGroup.startsWith(service);
  }
  return national.length === 10 && /^0[1-9]/.test(national) && !/^0[89]0/.test(national);
}

// No phone number has fewer digits than "0800 1234" or more than "00" and 15 (ITU E.164).
const MIN_DIGITS = 8;
const MAX_DIGITS = 17;

/** Ends of the digit groups in a candidate that could close a phone number, longest first. */
function groupEnds(raw: string): number[] {
  const ends: number[] = [];
  let digits = 0;
  for (let i = 1; i <= raw.length; i++) {
    if (/\d/.test(raw[i - 1] ?? "")) digits++;
    if (digits > MAX_DIGITS) break;
    if (digits >= MIN_DIGITS && /[\d)]/.test(raw[i - 1] ?? "") && !/\d/.test(raw[i] ?? "")) ends.push(i);
  }
  return ends.reverse();
}

/** Drops parentheses that wrap the whole number or are left unpaired; keeps "(010) 4567890". */
function trimParentheses(text: string, start: number, stop: number): [number, number] {
  let [s, e] = [start, stop];
  const inner = () => text.slice(s, e);
  if (text[s] === "(" && text[e - 1] === ")" && inner().indexOf(")") === e - s - 1) [s, e] = [s + 1, e - 1];
  if (text[s] === "(" && !inner().includes(")")) s++;
  if (text[e - 1] === ")" && !inner().includes("(")) e--;
  return [s, e];
}

export function detectPhones(text: string): Finding[] {
  const found: Finding[] = [];
  candidate.lastIndex = 0;
  for (let m = candidate.exec(text); m !== null; m = candidate.exec(text)) {
    const raw = m[0];
    // The digits of an account number ("NL91 ABNA 0417 1643 01", even a mistyped one) are no phone.
    if (ibanHead.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const end = groupEnds(raw).find((e) => isPhoneNumber(raw.slice(0, e)));
    if (end === undefined) {
      // A number may start inside a longer run ("tel 020 … 06 …"): try from the next group.
      const next = raw.search(/[ ./–-]\(?\+?\d/);
      if (next > 0) candidate.lastIndex = m.index + next + 1;
      continue;
    }
    const [start, stop] = trimParentheses(text, m.index, m.index + end);
    found.push(finding(text, "phone", start, stop));
    candidate.lastIndex = m.index + end;
  }
  return found;
}
