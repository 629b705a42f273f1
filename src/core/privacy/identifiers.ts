// BSN, IBAN and e-mail: identifiers with a fixed shape. BSN and IBAN candidates must pass their
// check digits, which is what keeps case numbers and amounts out.
import { isIbanCountry, isValidBsn, isValidIban } from "./checksums.ts";
import { matches } from "./spans.ts";
import { finding, type Finding } from "./types.ts";

// 9 digits, plain or grouped 3-3-3 / 4-2-3 with dots or spaces; never part of a longer number.
const bsnShape = /(?<![\p{L}\p{N}.,/-])(?:\d{3}([ .])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3}|\d{8,9})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const bsnCue = /(?:bsn|burgerservicenummer|sofinummer)\W{0,3}$/i;

export function detectBsn(text: string): Finding[] {
  return matches(bsnShape, text)
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index - 25), m.index);
      if (/€\s?$/.test(before) || /^\s?(?:euro|eur)\b/i.test(text.slice(m.index + m[0].length))) return false;
      // An 8-digit BSN (leading zero dropped) only counts right after a cue such as "BSN:".
      if (/^\d{8}$/.test(m[0]) && !bsnCue.test(before)) return false;
      return isValidBsn(m[0]);
    })
    .map((m) => finding(text, "bsn", m.index, m.index + m[0].length));
}

const ibanStart = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;

/** Walks from a country code over alphanumerics (one space or hyphen between groups allowed) to the
 * first prefix that is a valid IBAN and ends at a word boundary. */
function ibanEnd(text: string, start: number): number | undefined {
  let count = 0;
  let i = start;
  let end: number | undefined;
  while (i < text.length && count < 34) {
    const ch = text[i] ?? "";
    if (/[A-Za-z0-9]/.test(ch)) {
      count++;
      end = i + 1;
      if (count >= 15 && isValidIban(text.slice(start, end)) && !/[A-Za-z0-9]/.test(text[end] ?? "")) return end;
    } else if (!(/[ -]/.test(ch) && /[A-Za-z0-9]/.test(text[i + 1] ?? "") && end === i)) break;
    i++;
  }
  return undefined;
}

export function detectIban(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of matches(ibanStart, text)) {
    if (!isIbanCountry(m[0].slice(0, 2)) || found.some((f) => m.index < f.end)) continue;
    const end = ibanEnd(text, m.index);
    if (end !== undefined) found.push(finding(text, "iban", m.index, end));
  }
  return found;
}

// E-mail addresses are found from their "@" outwards, within RFC 5321's limits (64 characters before
// the "@", 255 after). A regex that may start anywhere would try every position of a long run of
// letters and scan the run to its end each time: quadratic work on hostile input.
const localChar = /[\p{L}\p{N}._%+-]/u;
const domain = /^[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,63}/u;

/** Start of the local part that ends right before the "@" at `at`, or undefined when it is empty. */
function localStart(text: string, at: number): number | undefined {
  let start = at;
  while (start > 0 && at - start < 64 && localChar.test(text[start - 1] ?? "")) start--;
  while (text[start] === "." && start < at) start++;
  return start < at ? start : undefined;
}

export function detectEmail(text: string): Finding[] {
  const found: Finding[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const start = localStart(text, at);
    if (start === undefined || found.some((f) => start < f.end)) continue;
    const host = text.slice(at + 1, at + 256).match(domain);
    if (host) found.push(finding(text, "email", start, at + 1 + host[0].length));
  }
  return found;
}
