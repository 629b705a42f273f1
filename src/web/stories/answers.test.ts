import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import { describeAnswer } from "./answers.ts";
import { storyMessages } from "./messages.ts";

// The Dutch dictionary with its {placeholders} filled in, as useT does.
const t = (key: keyof typeof storyMessages, params: Record<string, string | number> = {}) =>
  Object.entries(params).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), storyMessages[key].nl);
const common = { question: "?", required: false, audience: "teller" as const };

describe("answers in words", () => {
  it("shows a triad as three percentages", () => {
    const s: Signifier = { ...common, id: "a", type: "triad", labels: ["Regels", "Contact", "Samenwerking"] };
    expect(describeAnswer(s, [0.2, 0.5, 0.3], t)).toEqual(["Regels: 20%", "Contact: 50%", "Samenwerking: 30%"]);
  });

  it("shows a dyad as a position towards its right end", () => {
    const s: Signifier = { ...common, id: "b", type: "dyad", labels: ["Ik", "De inwoner"] };
    expect(describeAnswer(s, 0.7, t)).toEqual(["70% richting ‘De inwoner’"]);
  });

  it("names choices by their label and scales with their word", () => {
    const choice: Signifier = { ...common, id: "c", type: "choice", multiple: true, options: [{ id: "x", label: "Bellen" }, { id: "y", label: "Langsgaan" }] };
    expect(describeAnswer(choice, ["y", "x"], t)).toEqual(["Langsgaan", "Bellen"]);
    const scale: Signifier = { ...common, id: "d", type: "scale", min: 1, max: 3, labels: ["Slecht", "Gaat wel", "Goed"] };
    expect(describeAnswer(scale, 3, t)).toEqual(["3 op een schaal van 1 tot 3: Goed"]);
  });

  it("places only the stones that were placed", () => {
    const s: Signifier = { ...common, id: "e", type: "stones", xLabels: ["Onzeker", "Zeker"], yLabels: ["Ontevreden", "Tevreden"],
      items: [{ id: "i", label: "De inwoner" }, { id: "j", label: "Ik" }] };
    expect(describeAnswer(s, { i: [0.8, 0.25] }, t)).toEqual(["De inwoner: 80% richting ‘Zeker’, 25% richting ‘Tevreden’"]);
  });

  it("tells apart 'does not apply' and 'not answered'", () => {
    const s: Signifier = { ...common, id: "f", type: "text" };
    expect(describeAnswer(s, null, t)).toEqual(["Niet van toepassing"]);
    expect(describeAnswer(s, undefined, t)).toEqual(["Niet beantwoord"]);
  });
});
