// Detectors run independently and may claim the same characters: an e-mail address contains a
// name, a BSN cue sits beside a phone-like number. One span wins, the more specific kind first.
import type { Finding, FindingKind } from "./types.ts";

const priority: Record<FindingKind, number> = {
  email: 0, iban: 1, bsn: 2, phone: 3, birthDate: 4, date: 5, postcode: 6, address: 7, name: 8,
};

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Non-overlapping findings, sorted by start: by kind priority, then the longer span. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => priority[a.kind] - priority[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ranked) if (f.end > f.start && !kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** Every match of a global regex, with its index; `matchAll` without the iterator noise. */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(pattern)] as RegExpExecArray[];
}
