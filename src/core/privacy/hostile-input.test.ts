// Hostile input: long runs built to make a detector slow. Every detector must do work linear in the
// text: its regexes may not scan to the end of a run from every start inside it. Before the bounds
// in identifiers.ts and address.ts, 100,000 letters took 11 s in the e-mail regex alone (quadratic:
// 0.33 s for 10,000, 3.2 s for 40,000, every case of the detector together far more); now the slowest
// case takes about 1 s. The only bound is the test's time limit, 8 times that, so the test is not
// sensitive to a busy machine, yet a quadratic regression blows through it.
import { describe, expect, it } from "vitest";
import { detectPersonalData, redact } from "./index.ts";

const N = 100_000;
const hostile: Record<string, string> = {
  "letters": "a".repeat(N),
  "capitals": "A".repeat(N),
  "capitalised words": "Aaaa ".repeat(N / 5),
  "hyphenated capitals": "A-".repeat(N / 2),
  "at signs": "a@".repeat(N / 2),
  "one long domain": `a@${"a.".repeat(N / 2)}`,
  "local part without domain": `${"a".repeat(N)}@`,
  "digits": "1".repeat(N),
  "digit groups": "1 ".repeat(N / 2),
  "zero groups": "0 ".repeat(N / 2),
  "street words": "Kerkstraat ".repeat(N / 11),
  "honorifics": "mevrouw ".repeat(N / 8),
  "postcodes": "1234 AB ".repeat(N / 8),
  "birth cues": "geboren 1-1-2000 ".repeat(N / 17),
  "names": "Jan de Vries-".repeat(N / 13),
  "odd Unicode": "\u{1F600}\u200B\u0301Ä".repeat(N / 5),
};

describe("hostile input to the personal-data detector", () => {
  it.each(Object.entries(hostile))("handles %s (100,000 characters) in linear time", { timeout: 8_000 }, (_name, text) => {
    const { text: redacted, findings } = redact(text);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(redacted.length).toBeGreaterThan(0);
  });

  it("still finds what is real around the bounds", () => {
    const local64 = `${"x".repeat(64)}@example.nl`;
    expect(detectPersonalData(`Mail ${local64} of a@b.nl@c.nl`).map((f) => f.text)).toEqual([local64, "a@b.nl"]);
    expect(detectPersonalData("Mail .jan@example.nl").map((f) => f.text)).toEqual(["jan@example.nl"]);
    expect(detectPersonalData(`Geen adres: ${"a".repeat(500)}@`).length).toBe(0);
  });
});
