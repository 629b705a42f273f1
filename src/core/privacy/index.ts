// Personal data in Dutch story texts: find it, and redact it before a story is stored or shared.
// Pure functions over strings; the name lists ship with the code and nothing is fetched.
import { detectNames } from "./names.ts";
import { applyRedactions } from "./redact.ts";
import { resolveOverlaps } from "./spans.ts";
import { detectStructured } from "./structured.ts";
import type { Finding } from "./types.ts";

export { isValidBsn, isValidIban } from "./checksums.ts";
export { placeholders } from "./redact.ts";
export { findingKinds, type Finding, type FindingKind } from "./types.ts";

/** Findings in the text: non-overlapping, sorted by start, offsets into the original string. */
export function detectPersonalData(text: string): Finding[] {
  return resolveOverlaps([...detectStructured(text), ...detectNames(text)]);
}

/** The text with every finding replaced by a placeholder such as [naam] or [BSN]. Without
 * findings, detects them first; with findings (for example after a person reviewed them), uses those. */
export function redact(text: string, findings?: Finding[]): { text: string; findings: Finding[] } {
  return applyRedactions(text, findings ?? detectPersonalData(text));
}

/** The text with personal data replaced, for texts others may see: names, titles, introductions. */
export function redactedText(text: string): string {
  return redact(text).text;
}

/**
 * The text with personal data left out rather than replaced: search words that leave the instance
 * (a search on a hub elsewhere). A placeholder would only be searched for as a word of its own.
 */
export function withoutPersonalData(text: string): string {
  let kept = text;
  for (const found of detectPersonalData(text).reverse()) kept = `${kept.slice(0, found.start)} ${kept.slice(found.end)}`;
  return kept.replace(/\s+/g, " ").trim();
}

/** Answers with every free-text answer redacted: a free-text answer can name people too. */
export function redactTextAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, typeof value === "string" ? redact(value).text : value]));
}
