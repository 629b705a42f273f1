import type { Interpretation } from "../../contract/interpretations.ts";
import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import { answerText, comparedSignifiers, triadMarks } from "./model.ts";

const reading = (answers: Record<string, unknown>, extra: Partial<Interpretation> = {}): Interpretation => ({
  id: "i", storyId: "s", interpreterName: "Anna", mine: false, answers, tags: [], note: null, annotations: [], sessionId: null, createdAt: "", updatedAt: "", ...extra,
});
const reader = { teller: "Verteller", me: "Jij", colleague: (name: string | null, i: number) => name ?? `Collega ${i + 1}` };
const triad: Signifier = { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["A", "B", "C"], required: false, audience: "both" } as Signifier;
const choice: Signifier = { id: "situatie", type: "choice", question: "Waarover?", options: [{ id: "werk", label: "Werk" }, { id: "geld", label: "Geld" }], required: false, audience: "both" } as Signifier;
const dyad: Signifier = { id: "regie", type: "dyad", question: "Regie", labels: ["Ik", "Inwoner"], required: false, audience: "both" } as Signifier;

describe("readings side by side", () => {
  it("puts the teller first and marks one's own reading apart, hiding names when the server did", () => {
    const marks = triadMarks("hulp", { hulp: [0.2, 0.5, 0.3] }, [
      reading({ hulp: [0.6, 0.2, 0.2] }),
      reading({ hulp: [0.1, 0.1, 0.8] }, { mine: true }),
      reading({ hulp: [0.3, 0.3, 0.4] }, { interpreterName: null }),
      reading({ other: 1 }),
    ], reader);
    expect(marks.map((m) => [m.kind, m.label])).toEqual([["teller", "Verteller"], ["colleague", "Anna"], ["mine", "Jij"], ["colleague", "Collega 3"]]);
  });

  it("compares only the questions someone answered, and words choices and dyads", () => {
    expect(comparedSignifiers([triad, choice, dyad], { hulp: [1, 0, 0] }, [reading({ situatie: "werk" })]).map((s) => s.id)).toEqual(["hulp", "situatie"]);
    expect(answerText(choice, ["werk", "geld"])).toBe("Werk, Geld");
    expect(answerText(dyad, 0.25)).toBe("75% Ik – 25% Inwoner");
    expect(answerText(choice, null)).toBeNull();
  });
});
