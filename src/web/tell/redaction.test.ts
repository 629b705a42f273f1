import { describe, expect, it } from "vitest";
import { redact } from "../../core/privacy/index.ts";
import { placeholders } from "../../core/privacy/redact.ts";
import { emptyDraft } from "./draft.ts";
import { freeTexts, redactedSegments } from "./redaction.ts";

describe("redaction preview", () => {
  it("rebuilds the server's redacted text, with the placeholders marked", () => {
    const original = "Mevrouw Jansen belde op 06-12345678 over haar huur.";
    const result = redact(original);
    const findings = result.findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end, placeholder: placeholders[f.kind] }));
    const segments = redactedSegments(original, findings);
    expect(segments.map((s) => s.text).join("")).toBe(result.text);
    expect(segments.filter((s) => s.hidden).map((s) => s.text)).toEqual(["[naam]", "[telefoonnummer]"]);
  });

  it("keeps a text without findings whole", () => {
    expect(redactedSegments("Niets te zien.", [])).toEqual([{ text: "Niets te zien.", hidden: false }]);
  });

  it("checks the title, the story and answers to text questions, not empty ones", () => {
    const draft = { ...emptyDraft([]), title: "  ", text: "Het verhaal", answers: { les: "Bel Piet", schaal: 3, leeg: "" } };
    expect(freeTexts(draft, ["les", "leeg"])).toEqual([{ name: "text", original: "Het verhaal" }, { name: "les", original: "Bel Piet" }]);
  });
});
