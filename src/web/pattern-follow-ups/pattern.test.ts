import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import { chosenAnswers, discoveryDraft, draftFrom, patternFollowUpPath } from "./pattern.ts";

const signifiers = [
  { id: "situatie", type: "choice", question: "Waarover?", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }] },
  { id: "tags", type: "choice", multiple: true, question: "Wat speelde?", options: [{ id: "a", label: "A" }] },
  { id: "regie", type: "dyad", question: "Wie besliste?", labels: ["ik", "de inwoner"] },
] as Signifier[];

describe("a pattern in the address", () => {
  it("goes there and back: chosen answers, questions still open, nothing else", () => {
    const path = patternFollowUpPath("c1", { situatie: "schulden", tags: "" });
    expect(path).toBe("/collections/c1/pattern-follow-ups?situatie=schulden&tags=");
    const search = new URLSearchParams(`${path.split("?")[1]}&regie=0.5&onbekend=x`);
    expect(draftFrom(search, signifiers)).toEqual({ situatie: "schulden", tags: "" });
    expect(draftFrom(new URLSearchParams("situatie=olifant"), signifiers)).toEqual({ situatie: "" });
  });

  it("sends only the chosen answers", () => {
    expect(chosenAnswers({ situatie: "werk", tags: "" })).toEqual({ situatie: "werk" });
  });

  it("makes a draft of a discovery's choice questions, with the option of a multiple choice's variable", () => {
    expect(discoveryDraft(signifiers, ["situatie", "tags=a"])).toEqual({ situatie: "", tags: "a" });
    expect(discoveryDraft(signifiers, ["regie", "situatie"])).toEqual({ situatie: "" });
    expect(discoveryDraft(signifiers, ["regie"])).toBeUndefined();
  });
});
