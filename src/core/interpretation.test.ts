import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "./framework.ts";
import { interpretationInput, interpreterSignifiers, reanchor, validateInterpretation } from "./interpretation.ts";

const definition = frameworkDefinition.parse({
  name: "t", language: "nl", prompts: [{ id: "p", text: "Vertel" }],
  signifiers: [
    { id: "situatie", type: "choice", role: "situation", required: true, question: "?", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
    { id: "kern", type: "triad", audience: "interpreter", question: "?", labels: ["x", "y", "z"] },
    { id: "gevoel", type: "scale", min: 1, max: 5, question: "?" },
  ],
});
const text = "Mevrouw belde over haar schulden. Samen maakten we een plan.";

describe("interpretations", () => {
  it("asks interpreters the interpretation questions and the role codes, none required", () => {
    const ids = interpreterSignifiers(definition);
    expect(ids.map((s) => s.id)).toEqual(["situatie", "kern"]);
    expect(ids.every((s) => !s.required)).toBe(true);
  });

  it("accepts an annotation whose quote matches the passage", () => {
    const input = interpretationInput.parse({ answers: { situatie: "a" }, annotations: [{ start: 34, end: 59, quote: "Samen maakten we een plan" }] });
    expect(validateInterpretation(definition, input, text)).toEqual([]);
  });

  it("refuses teller-only questions, bad answers and misplaced annotations", () => {
    const input = interpretationInput.parse({
      answers: { gevoel: 3, kern: [1, 1, 1] },
      annotations: [{ start: 0, end: 7, quote: "Meneer" }, { start: 50, end: 500, quote: "x" }],
    });
    expect(validateInterpretation(definition, input, text).map((i) => `${i.name}:${i.code}`)).toEqual([
      "answers.gevoel:unknownSignifier", "answers.kern:triadSum", "annotations.0.quote:annotationQuote", "annotations.1.end:annotationOutOfText",
    ]);
  });

  it("finds an annotation again after the text before it was redacted", () => {
    const a = { start: 34, end: 59, quote: "Samen maakten we een plan" };
    const redacted = "[naam] belde over haar schulden. Samen maakten we een plan.";
    expect(reanchor(a, redacted)).toEqual({ ...a, start: 33, end: 58 });
    expect(reanchor(a, "Alles is anders.")).toBeUndefined();
  });
});
