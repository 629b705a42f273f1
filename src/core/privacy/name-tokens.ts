// Splits text into the words a name is made of: initials ("J.", "A.M."), words with inner hyphens
// and apostrophes ("Hendriks-Smit", "Fatima's", "'t"), with the gap before each word. A possessive
// "'s" is cut off, so "Fatima's zoon" redacts to "[naam]'s zoon".
import { nameKey } from "./name-lexicon.ts";

export type Token = {
  text: string;
  key: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  gap: string;
  capitalised: boolean;
  initials: boolean;
  sentenceStart: boolean;
};

const tokenPattern = /(?<![\p{L}\p{M}])\p{Lu}\.(?:\s?\p{Lu}\.)*(?![\p{L}\p{M}])|['’]t(?![\p{L}])|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(tokenPattern)) {
    const start = m.index;
    const word = m[0].replace(/['’]s$/, "");
    const gap = text.slice(previousEnd, start);
    tokens.push({
      text: word,
      key: nameKey(word),
      start,
      end: start + word.length,
      gap,
      capitalised: /^\p{Lu}/u.test(word),
      initials: /^\p{Lu}\./u.test(word),
      sentenceStart: tokens.length === 0 || /[.!?:;]["'’)]*\s*["'‘(]*\s*$/.test(gap) || /\n/.test(gap),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** Two tokens belong to one name only when nothing but spaces stands between them. */
export function joined(token: Token | undefined): token is Token {
  return token !== undefined && /^[ \t\u00a0]+$/.test(token.gap);
}
