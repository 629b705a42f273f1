// Flesch–Douma readability for Dutch.
// Reference: W.H. Douma (1960), "De leesbaarheid van landbouwbladen: een onderzoek naar en een
// toepassing van leesbaarheidsformules", Bulletin 17, Afdeling Sociologie en Sociografie,
// Landbouwhogeschool Wageningen. His adaptation of Flesch (1948) for Dutch:
//   reading ease = 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words)
// The worked examples below are counted by hand (syllables split as in a Dutch dictionary).
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { frameworkTexts, withTexts } from "../framework-texts.ts";
import { sociaalDomeinKlantmanagers } from "../templates/sociaal-domein-klantmanagers.ts";
import { LIMITS } from "./readability-limits.ts";
import { dutchSyllables, fleschDouma } from "./readability.ts";

describe("Dutch syllables by vowel groups", () => {
  it.each([
    ["kat", 1], ["huis", 1], ["vrouw", 1], ["moeilijk", 2], ["verhaal", 2], ["vertelpunt", 3], ["duidelijk", 3],
    ["toestemming", 3], ["ideeën", 3], ["cliënt", 2], ["België", 3], ["geïnteresseerd", 5], ["coördinatie", 5],
  ] as const)("%s has %i", (word, syllables) => {
    expect(dutchSyllables(word)).toBe(syllables);
  });
});

describe("Flesch–Douma, worked examples", () => {
  it("'De kat zit op de mat.': 6 words, 1 sentence, 6 syllables → 206.835 − 0.93·6 − 77·1 = 124.255", () => {
    const r = fleschDouma("De kat zit op de mat.");
    expect(r).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(r.score).toBeCloseTo(124.255, 6);
  });

  it("'Vertelpunt verzamelt verhalen.': 3 words of 3 syllables → 206.835 − 2.79 − 231 = −26.955", () => {
    const r = fleschDouma("Vertelpunt verzamelt verhalen.");
    expect(r).toMatchObject({ words: 3, sentences: 1, syllables: 9 });
    expect(r.score).toBeCloseTo(-26.955, 6);
  });

  it("two sentences, 10 words, 15 syllables → 206.835 − 0.93·5 − 77·1.5 = 86.685", () => {
    // Ik (1) schrijf (1) mijn (1) verhaal (2) op (1). Het (1) duurt (1) ongeveer (3) vijf (1) minuten (3).
    const r = fleschDouma("Ik schrijf mijn verhaal op. Het duurt ongeveer vijf minuten.");
    expect(r).toMatchObject({ words: 10, sentences: 2, syllables: 15 });
    expect(r.score).toBeCloseTo(86.685, 6);
  });

  it("ranks plain language above official language", () => {
    const plain = fleschDouma("Je krijgt geld. Dat geld is voor de huur. Je betaalt het niet terug.");
    const official = fleschDouma("Op grond van de toepasselijke regelgeving wordt u een tegemoetkoming in de woonlasten verstrekt, welke niet voor terugvordering in aanmerking komt.");
    // 14 words, 3 sentences, 16 syllables (be-taalt, te-rug) → 206.835 − 0.93·14/3 − 77·16/14 = 114.495
    expect(plain.score).toBeCloseTo(114.495, 6);
    expect(official.score).toBeLessThan(40);
    expect(plain.score - official.score).toBeGreaterThan(60);
  });
});

describe("readability of the template's easy language", () => {
  it(`the template's easy-language texts score ≥ ${LIMITS.easyTogether}, and clearly above its standard texts`, () => {
    const template = frameworkDefinition.parse(sociaalDomeinKlantmanagers);
    const easyTexts = template.easyLanguage?.nl ?? {};
    const keys = Object.keys(easyTexts);
    // Every teller-facing text has an easy version.
    const tellerKeys = frameworkTexts(template).map((t) => t.key).filter((k) => k.startsWith("prompt.") || (k.startsWith("question.") && !k.startsWith("question.duiding_kern.")));
    expect(tellerKeys.filter((k) => !keys.includes(k))).toEqual([]);
    const standard = frameworkTexts(template).filter((t) => keys.includes(t.key)).map((t) => t.text);
    const easy = frameworkTexts(withTexts(template, easyTexts)).filter((t) => keys.includes(t.key)).map((t) => t.text);
    const easyScore = fleschDouma(easy.join("\n")).score;
    expect(easyScore).toBeGreaterThanOrEqual(LIMITS.easyTogether);
    expect(easyScore - fleschDouma(standard.join("\n")).score).toBeGreaterThanOrEqual(LIMITS.easyGain);
  });
});
