import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import { variableLabel } from "./labels.ts";

const signifiers = [
  { id: "hulp", type: "choice", question: "Welke hulp?", required: false, audience: "teller", multiple: true, options: [{ id: "geld", label: "Geld" }, { id: "taal", label: "Taal" }] },
  { id: "plek", type: "stones", question: "Waar staat wie?", required: false, audience: "teller", xLabels: ["ver", "dichtbij"], yLabels: ["laag", "hoog"], items: [{ id: "coach", label: "De coach" }] },
] as Signifier[];

describe("variableLabel", () => {
  it("names a question, an option of a multiple choice and an item of stones", () => {
    expect(variableLabel(signifiers, "hulp")).toBe("Welke hulp?");
    expect(variableLabel(signifiers, "hulp=taal")).toBe("Welke hulp? (Taal)");
    expect(variableLabel(signifiers, "plek=coach")).toBe("Waar staat wie? (De coach)");
    expect(variableLabel(signifiers, "onbekend=x")).toBe("onbekend (x)");
  });
});
