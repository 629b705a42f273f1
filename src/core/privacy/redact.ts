// Replaces findings with Dutch placeholders. The text around them is kept as written, so a
// redacted story still reads as a story: "Mevrouw [naam] belde me op [telefoonnummer]".
import { resolveOverlaps } from "./spans.ts";
import type { Finding, FindingKind } from "./types.ts";

export const placeholders: Record<FindingKind, string> = {
  bsn: "[BSN]",
  iban: "[IBAN]",
  phone: "[telefoonnummer]",
  email: "[e-mail]",
  postcode: "[postcode]",
  address: "[adres]",
  birthDate: "[geboortedatum]",
  date: "[datum]",
  name: "[naam]",
};

/** Findings passed in are checked against the text (a finding whose text no longer matches is
 * a stale offset, and redacting it would cut through the wrong words). */
export function applyRedactions(text: string, findings: Finding[]): { text: string; findings: Finding[] } {
  const usable = resolveOverlaps(
    findings.filter((f) => f.start >= 0 && f.end <= text.length && text.slice(f.start, f.end) === f.text),
  );
  let result = "";
  let at = 0;
  for (const f of usable) {
    result += text.slice(at, f.start) + placeholders[f.kind];
    at = f.end;
  }
  return { text: result + text.slice(at), findings: usable };
}
