import { describe, expect, it } from "vitest";
import { requiredWordPairs } from "./word-pairs.ts";

describe("requiredWordPairs", () => {
  it("gives each pair of neighbouring words in a phrase", () => {
    expect(requiredWordPairs("'huisbezoek' <-> 'sam'")).toEqual(["huisbezoek sam"]);
    expect(requiredWordPairs("'e-mail' <-> 'e' <-> 'mail' <-> 'stur' & 'o' <-> 'brien'")).toEqual(["e-mail e", "e mail", "mail stur", "o brien"]);
  });

  it("gives none for single words, words further apart, prefixes or weights", () => {
    expect(requiredWordPairs("'schuld'")).toEqual([]);
    expect(requiredWordPairs("'schuld' & 'bewindvoerder'")).toEqual([]);
    expect(requiredWordPairs("'huisbezoek' <3> 'buurvrouw'")).toEqual([]);
    expect(requiredWordPairs("'huisbezoek':* <-> 'sam'")).toEqual([]);
    expect(requiredWordPairs("'huisbezoek' <-> 'sam':A")).toEqual([]);
  });

  it("gives none when OR, NOT or a group means a match need not hold the phrase", () => {
    expect(requiredWordPairs("'huisbezoek' <-> 'sam' | 'geld'")).toEqual([]);
    expect(requiredWordPairs("'huisbezoek' <-> 'sam' & !'geld'")).toEqual([]);
    expect(requiredWordPairs("'a' <-> ( 'b' & 'c' )")).toEqual([]);
  });

  it("reads quotes and backslashes inside a word as PostgreSQL writes them", () => {
    expect(requiredWordPairs("'o''brien' <-> 'a\\\\b'")).toEqual(["o'brien a\\b"]);
  });
});
