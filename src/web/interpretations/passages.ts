// Passages of a story that a colleague annotates. The API anchors an annotation by character
// offsets in the stored story text plus the quoted words (core/interpretation.ts checks that
// text.slice(start, end) === quote), so every passage is computed against that exact text. Pure, so
// the form, the readings view and tests agree.

/** The element on the story page that holds the story text, and nothing else, as one text node. */
export const STORY_TEXT_ID = "verhaaltekst";

export interface Passage {
  start: number;
  end: number;
  quote: string;
}

/** [start, end) of the text without the whitespace a selection often catches at its edges. */
export function passageAt(text: string, start: number, end: number): Passage | undefined {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to, quote: text.slice(from, to) } : undefined;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Typed or pasted words found in the text (the first place they occur), ignoring case and how the
 * words are spaced or broken over lines: the quote is then the text's own characters.
 */
export function findPassage(text: string, typed: string): Passage | undefined {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const match = new RegExp(words.map(escape).join("\\s+"), "iu").exec(text);
  return match ? { start: match.index, end: match.index + match[0].length, quote: match[0] } : undefined;
}

/** Some words before and after a passage, cut at whole words, with "…" where the text goes on. */
export function surroundings(text: string, passage: Passage, around = 60): { before: string; after: string } {
  const from = Math.max(0, passage.start - around);
  const to = Math.min(text.length, passage.end + around);
  const before = from > 0 ? `…${text.slice(from, passage.start).replace(/^\S*\s+/, "")}` : text.slice(0, passage.start);
  const after = to < text.length ? `${text.slice(passage.end, to).replace(/\s+\S*$/, "")}…` : text.slice(passage.end);
  return { before, after };
}
