// NarraFirma's two layouts, in fixtures written by hand (not NarraFirma's own files) exactly as its
// csvImportExport.ts reads them (a story-form file plus a stories file) and as its
// exportStoryCollection() writes them. narrafirma-truth.json holds what each story answered.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { storyInput } from "../story.ts";
import { frameworkFromNarraFirmaForm } from "./narrafirma-form.ts";
import { planCsvImport } from "./plan.ts";
import { cellProblemText } from "./problems.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const truth = JSON.parse(fixture("narrafirma-truth.json")) as { title: string; text: string; promptId: string; language: string; toldAt: string; answers: Record<string, unknown> }[];
const form = frameworkFromNarraFirmaForm(fixture("narrafirma-form.csv"), { name: "Contact with the municipality", language: "en" });
const definition = frameworkDefinition.parse(form.definition);

describe("a framework from NarraFirma's story form", () => {
  it("maps question types to signifiers, short names to ids, eliciting questions to prompts", () => {
    expect(definition.prompts.map((p) => p.id)).toEqual(["moment", "surprise", "contact"]);
    expect(definition.signifiers.map((s) => [s.id, s.type, s.type === "choice" ? s.multiple : null])).toEqual([
      ["feeling", "choice", true], ["writein_feeling", "text", null], ["who", "choice", false], ["writein_who", "text", null],
      ["place_index", "choice", false], ["helped", "choice", true], ["helped_index", "choice", true], ["obstacles", "choice", true],
      ["control", "dyad", null], ["outcome", "dyad", null], ["age_group", "choice", false],
    ]);
    expect(definition.signifiers.find((s) => s.id === "control")).toMatchObject({ question: "Who was in control?", labels: ["the municipality", "I was"] });
    expect(definition.signifiers.find((s) => s.id === "who")).toMatchObject({ options: expect.arrayContaining([{ id: "fam", label: "With family" }]) });
    expect(form.notes).toEqual([]);
  });
});

describe.each(["narrafirma-stories.csv", "narrafirma-export.csv"])("NarraFirma stories in %s, default mapping", (file) => {
  const plan = planCsvImport(fixture(file), definition);

  it("maps every column and imports every story whole", () => {
    expect(plan.format).toBe("narrafirma");
    expect(plan.columns.filter((c) => c.status !== "mapped")).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.keptWhole).toBe(truth.length);
    expect(plan.entries.map((e) => storyInput.safeParse(e.value).success)).toEqual(truth.map(() => true));
  });

  it("reads titles, texts, prompts, dates, languages and every answer exactly as the file holds them", () => {
    expect(plan.entries.map((e) => e.value)).toEqual(truth.map((t) => ({ ...t, consent: { research: true, quoting: false } })));
  });
});

describe("a bad cell costs an answer, not the story", () => {
  const text = fixture("narrafirma-stories.csv").replace(",11,55,under 30", ",veel,55,under 30").replace("Alone,1,", "Alone,9,");
  const plan = planCsvImport(text, definition);

  it("keeps the story without that answer and reports row, column and question", () => {
    expect(plan.entries.every((e) => e.value && !e.error)).toBe(true);
    expect(plan.keptWhole).toBe(truth.length - 1);
    expect((plan.entries[0]!.value as { answers: object }).answers).not.toHaveProperty("control");
    expect((plan.entries[0]!.value as { answers: object }).answers).not.toHaveProperty("place_index");
    expect(plan.troubleColumns.map((c) => [c.header, c.count])).toEqual([["Place index", 1], ["Control", 1]]);
    expect(plan.problems.map((p) => cellProblemText(p, "nl"))).toEqual([
      "rij 3, Place index (Where did it happen?): „9” is geen keuze bij deze vraag",
      "rij 3, Control (Who was in control?): „veel” is geen getal",
    ]);
    expect(cellProblemText(plan.problems[1]!, "en")).toBe("row 3, Control (Who was in control?): \"veel\" is not a number");
  });

  it("an unreadable consent cell still stops its row: consent is never guessed", () => {
    const withConsent = `Story text,Consent\nA story,perhaps\nAnother,yes\n`;
    const consentPlan = planCsvImport(withConsent, definition);
    expect(consentPlan.entries[0]!.error).toContain("perhaps");
    expect(consentPlan.entries[1]!.value).toMatchObject({ consent: { research: true } });
  });
});
