// Precision of name removal on English, French and German stories, before (the Dutch detectors alone)
// and after the sentence-start check. A finding counts as precise when it overlaps a labelled name.
import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./index.ts";
import { detectInLanguage, redactInLanguage } from "./sentence-start.ts";
import type { LabelledSentence } from "../../testing/privacy-test-set/label.ts";
import { otherLanguageSentences } from "../../testing/privacy-test-set/other-languages.ts";
import { holdoutOtherLanguageSentences } from "../../testing/privacy-test-set/holdout-other-languages.ts";
import type { Finding } from "./types.ts";

function score(set: LabelledSentence[], detect: (text: string) => Finding[]) {
  let found = 0, precise = 0, expected = 0, recalled = 0;
  for (const item of set) {
    const spans = item.expected.map((e) => ({ start: item.text.indexOf(e.text), end: item.text.indexOf(e.text) + e.text.length }));
    const names = detect(item.text).filter((f) => f.kind === "name");
    const overlap = (f: { start: number; end: number }, e: { start: number; end: number }) => f.start < e.end && e.start < f.end;
    found += names.length;
    precise += names.filter((f) => spans.some((e) => overlap(f, e))).length;
    expected += spans.length;
    recalled += spans.filter((e) => names.some((f) => overlap(f, e))).length;
  }
  return { found, precision: precise / found, recall: recalled / expected };
}

describe.each(["en", "fr", "de"] as const)("name removal in %s stories", (language) => {
  const set = otherLanguageSentences[language];
  const before = score(set, detectPersonalData);
  const after = score(set, (text) => detectInLanguage(text, language));

  it("finds no sentence starts as names, and no fewer names than before", () => {
    console.info(`${language}: ${set.length} sentences; precision ${before.precision.toFixed(3)} → ${after.precision.toFixed(3)}, recall ${before.recall.toFixed(3)} → ${after.recall.toFixed(3)}`);
    expect(after.precision).toBe(1);
    expect(after.recall).toBe(before.recall);
    expect(before.precision).toBeLessThan(1);
  });
});

describe.each(["en", "fr", "de"] as const)("name removal in %s stories not seen while the check was built", (language) => {
  const set = holdoutOtherLanguageSentences[language];
  const after = score(set, (text) => detectInLanguage(text, language));

  it("changes no ordinary word; recall is what the Dutch name lists give", () => {
    console.info(`${language} (second batch): ${set.length} sentences; precision ${after.precision.toFixed(3)}, recall ${after.recall.toFixed(3)}`);
    expect(after.precision).toBe(1);
    // Measured, not a goal: names after Ms, Madame, Frau, Herr and first names the Dutch lists lack are missed.
    expect(after.recall).toBeGreaterThanOrEqual({ en: 0.57, fr: 0.4, de: 0.2 }[language]);
  });
});

describe("redaction in the story's language", () => {
  it("a capitalised word written in lower case elsewhere in the text is no name at a sentence start", () => {
    expect(detectInLanguage("It was plan A. Plan B was never needed.", "en")).toEqual([]);
    expect(detectInLanguage("I met J. Smith at the desk.", "en").map((f) => f.text)).toEqual(["J. Smith"]);
  });

  it("leaves \"so can I. So he\" alone in English and still removes a name after it", () => {
    expect(redactInLanguage("so can I. So he smiled. Then Mrs Jansen came.", "en").text).toBe("so can I. So he smiled. Then Mrs [naam] came.");
  });

  it("reads an English text filed as French as English", () => {
    expect(detectInLanguage("so can I. So he smiled.", "fr")).toEqual([]);
  });

  it("changes nothing for Dutch stories or stories of unknown language", () => {
    const text = "Ik en plan B. Dan belde mevrouw Jansen.";
    expect(detectInLanguage(text, "nl")).toEqual(detectPersonalData(text));
    expect(detectInLanguage(text, undefined)).toEqual(detectPersonalData(text));
  });
});
