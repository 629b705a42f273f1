// The shape of one labelled sentence, and a terse way to write it: the sentence, then each span
// that should be redacted as [kind, exact substring]. A substring that occurs twice is listed twice.
import type { FindingKind } from "../../core/privacy/types.ts";

export type ExpectedSpan = { kind: FindingKind; text: string };
export type LabelledSentence = { text: string; expected: ExpectedSpan[] };

export function s(text: string, ...spans: [FindingKind, string][]): LabelledSentence {
  return { text, expected: spans.map(([kind, span]) => ({ kind, text: span })) };
}
