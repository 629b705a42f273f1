import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../../core/framework.ts";
import { fromDefinition, move, newItem, newPrompt, newSignifier, toDefinition } from "./draft.ts";

describe("framework draft", () => {
  it("gives new parts readable, unique ids that the API accepts", () => {
    const choice = newSignifier("choice");
    if (choice.type !== "choice") throw new Error("expected a choice");
    const draft = {
      name: "Test", language: "nl", description: "",
      prompts: [newPrompt("Vertel over een moment")],
      signifiers: [
        { ...choice, question: "Wat deed je?", options: [{ ...newItem(), label: "Op huisbezoek gaan" }, { ...newItem(), label: "Op huisbezoek gaan" }] },
        { ...newSignifier("text"), question: "Wat deed je?" },
      ],
    };
    const definition = toDefinition(draft);
    expect(definition.prompts[0]!.id).toBe("vertel_over_een_moment");
    expect(definition.signifiers.map((s) => s.id)).toEqual(["wat_deed_je", "wat_deed_je_2"]);
    const options = definition.signifiers[0]!.type === "choice" ? definition.signifiers[0]!.options : [];
    expect(options.map((o) => o.id)).toEqual(["op_huisbezoek_gaan", "op_huisbezoek_gaan_2"]);
    expect(definition.description).toBeUndefined();
    expect(frameworkDefinition.safeParse(definition).success).toBe(true);
  });

  it("keeps saved ids, so stories keep matching their questions", () => {
    const draft = fromDefinition({ name: "T", language: "nl", prompts: [{ id: "p1", text: "Vertel" }],
      signifiers: [{ id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] }] });
    draft.signifiers[0] = { ...draft.signifiers[0]!, question: "Wie had vooral de regie?" };
    expect(toDefinition(draft).signifiers[0]!.id).toBe("regie");
  });

  it("keeps a NarraFirma form's import options through an edit, so its stories file still imports as the form says", () => {
    const importOptions = { columns: { title: "Kop" }, minWords: 5 };
    const draft = fromDefinition({ name: "Hulp", language: "en", prompts: [{ id: "q1", text: "Tell us" }], signifiers: [], importOptions });
    expect(frameworkDefinition.parse(toDefinition({ ...draft, name: "Hulp 2" })).importOptions).toEqual(importOptions);
    expect(toDefinition(fromDefinition({ name: "Kaal", language: "nl", prompts: [{ id: "q1", text: "Vertel" }], signifiers: [] }))).not.toHaveProperty("importOptions");
  });

  it("makes an id that starts with a letter from text that does not", () => {
    const definition = toDefinition({ name: "T", language: "nl", description: "", prompts: [newPrompt("123 gaan")], signifiers: [] });
    expect(definition.prompts[0]!.id).toMatch(/^[a-z]/);
  });

  it("sends scale words only when some are filled in, one per number", () => {
    const scale = newSignifier("scale");
    const withWords = toDefinition({ name: "T", language: "nl", description: "", prompts: [newPrompt("x")],
      signifiers: [{ ...scale, question: "Hoe?", min: 1, max: 3, labels: ["Slecht", "", "Goed"] } as typeof scale] });
    expect(withWords.signifiers[0]).toMatchObject({ labels: ["Slecht", "", "Goed"] });
    const without = toDefinition({ name: "T", language: "nl", description: "", prompts: [newPrompt("x")],
      signifiers: [{ ...scale, question: "Hoe?", labels: ["", ""] } as typeof scale] });
    expect(without.signifiers[0]).not.toHaveProperty("labels");
  });

  it("moves within bounds only", () => {
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});
