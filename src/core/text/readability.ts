// Readability of Dutch text by the Flesch–Douma formula (Douma 1960, the Dutch adaptation of the
// Flesch Reading Ease): 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words). Higher is
// easier; about 60–70 reads as plain language, above 80 as very easy. Syllables are counted as
// groups of vowels (a e i o u y and their accented forms); a diaeresis starts a new syllable, as in
// "ideeën" and "cliënt". That is the usual approximation for Dutch, right for most words.
const vowel = /[aeiouyáéíóúàèìòùâêîôûäöüÿ]/;
const diaeresis = /[ëïöüä]/;

/** Syllables of one Dutch word, at least 1. */
export function dutchSyllables(word: string): number {
  const letters = word.toLowerCase();
  let count = 0;
  let inGroup = false;
  for (const ch of letters) {
    const isVowel = vowel.test(ch) || diaeresis.test(ch);
    // A diaeresis on a vowel that follows another vowel marks the start of a new syllable.
    if (isVowel && (!inGroup || diaeresis.test(ch))) count++;
    inGroup = isVowel;
  }
  return Math.max(1, count);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Douma reading ease. */
  score: number;
}

/** Words: runs of letters (with inner apostrophes or hyphens); numbers and signs are not words. */
const wordsOf = (text: string) => text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];

/** Sentences end at . ! ? or a line break; a text without an end mark is one sentence. */
const sentencesOf = (text: string) => text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => wordsOf(s).length > 0).length || 1;

export function fleschDouma(text: string): Readability {
  const words = wordsOf(text);
  const sentences = sentencesOf(text);
  const syllables = words.reduce((n, w) => n + w.split(/['’-]/).reduce((m, part) => m + dutchSyllables(part), 0), 0);
  const wordCount = Math.max(1, words.length);
  const score = 206.835 - 0.93 * (wordCount / sentences) - 77 * (syllables / wordCount);
  return { sentences, words: words.length, syllables, score };
}
