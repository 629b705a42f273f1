import { describe, expect, it } from "vitest";
import { stopWords, withoutTerms } from "./stopwords.ts";

describe("stop words", () => {
  it("hold the words that made every story alike, in Dutch and English, and no words that carry meaning", () => {
    expect(stopWords.nl).toHaveLength(413);
    for (const word of ["we", "zei", "samen", "weer"]) expect(stopWords.nl).toContain(word);
    for (const word of ["we", "said", "the"]) expect(stopWords.en).toContain(word);
    for (const word of ["schulden", "woning", "help", "work", "home"]) {
      expect(stopWords.nl).not.toContain(word);
      expect(stopWords.en).not.toContain(word);
    }
  });

  it("drops the given terms from counts and keeps the rest", () => {
    expect(withoutTerms(new Map([["we", 2], ["schuld", 1]]), new Set(["we"]))).toEqual(new Map([["schuld", 1]]));
  });
});
