// NarraFirma's two layouts, in fixtures written by hand (not NarraFirma's own files) exactly as its
// csvImportExport.ts reads them (a story-form file plus a stories file) and as its
// exportStoryCollection() writes them. narrafirma-truth.json holds what each story answered.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { storyInput } from "../story.ts";
import { frameworkFromNarraFirmaForm } from "./narrafirma-form.ts";
import { planCsvImport } from "./plan.ts";
import { formNoteText } from "./form-notes.ts";
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
    // Every import row the form holds is said back: the stories file will be read as they say.
    expect(form.notes.map((n) => formNoteText(n, "nl"))).toEqual([
      "rij 0, Eliciting question: welke vertelvraag een verhaal beantwoordt, staat in de kolom „Eliciting question chosen”",
      "rij 11, Multi choice single column delimiter: bij een meerkeuzevraag in één kolom staat „,” tussen de keuzes",
      "rij 12, Yes no questions Q-A separator: in een kolomnaam „vraag: keuze” staat „:” tussen vraag en keuze",
      "rij 13, Yes no questions yes indicator: in een kolom „vraag: keuze” betekent „Yes” dat die keuze gekozen is",
    ]);
    expect(definition.importOptions).toEqual({ columns: { promptId: "Eliciting question chosen" }, delimiter: ",", separator: ":", yesIndicator: "Yes" });
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

  it("a title too long or a date in the future costs that cell, not the story", () => {
    const long = "Lang ".repeat(50).trim();
    const plan = planCsvImport(fixture("narrafirma-stories.csv").replace("De wachtrij,", `${long},`).replace("2026-02-11", "2206-02-11"), definition);
    expect(plan.entries.map((e) => Boolean(e.value))).toEqual(truth.map(() => true));
    expect(plan.entries[0]!.value).not.toHaveProperty("title");
    expect(plan.entries[1]!.value).not.toHaveProperty("toldAt");
    expect(plan.problems.map((p) => cellProblemText(p, "nl"))).toEqual([
      "rij 3, Story title: de tekst is te lang",
      "rij 4, Collection date: „2206-02-11” ligt in de toekomst",
    ]);
  });

  it("an unreadable consent cell still stops its row: consent is never guessed", () => {
    const withConsent = `Story text,Consent\nA story,perhaps\nAnother,yes\n`;
    const consentPlan = planCsvImport(withConsent, definition);
    expect(consentPlan.entries[0]!.error).toContain("perhaps");
    expect(consentPlan.entries[1]!.value).toMatchObject({ consent: { research: true } });
  });
});

describe("NarraFirma's import layout beyond the fixture: older names, images, scale ranges, comment lines", () => {
  const formText = [
    "; Story form written for a survey tool's export",
    "Data column name,Type,About,Short name,Long name,Options,Answers,,,",
    "Question chosen,eliciting,eliciting,Eliciting question,,,Q1|Moment|Think of a moment.,Q2|Surprise|What surprised you?,,",
    "Q7 mood,Multiple choice,story,Mood,How did you feel?,,happy|Happy|happy.png,sad|Sad|sad.png,,",
    "Grade,Scale,story,Grade,How well did it go?,,badly,well,,",
    "Effort,Scale,story,Effort,How much effort did it take?,,little,much,0,10",
    "Paid,Boolean,participant,Paid,Were you paid?,,,,,",
    ",Scale range,import,,,,1,5,,",
  ].join("\n");
  const form = frameworkFromNarraFirmaForm(formText, { name: "Survey", language: "nl" });
  const survey = frameworkDefinition.parse(form.definition);

  it("reads the older name Multiple choice, labels before an image link, a scale range as a scale, Boolean as ja/nee", () => {
    expect(survey.prompts).toEqual([{ id: "q1", text: "Think of a moment.", aliases: ["Moment"] }, { id: "q2", text: "What surprised you?", aliases: ["Surprise"] }]);
    expect(survey.signifiers.find((s) => s.id === "mood")).toMatchObject({
      type: "choice", multiple: true, aliases: ["Q7 mood"], options: [{ id: "happy", label: "Happy" }, { id: "sad", label: "Sad" }],
    });
    expect(survey.signifiers.find((s) => s.id === "grade")).toMatchObject({ type: "scale", min: 1, max: 5, labels: ["badly", "well"] });
    expect(survey.signifiers.find((s) => s.id === "effort")).toMatchObject({ type: "scale", min: 0, max: 10 });
    expect(survey.signifiers.find((s) => s.id === "paid")).toMatchObject({ type: "choice", options: [{ id: "yes", label: "ja" }, { id: "no", label: "nee" }] });
    expect(form.notes.map((n) => formNoteText(n, "nl"))).toEqual([
      "rij 0, Eliciting question: welke vertelvraag een verhaal beantwoordt, staat in de kolom „Question chosen”",
      "rij 2, Grade: de schuif loopt van 1–5; het wordt een schaal van 1–5, geen schuif van 0 tot 100",
      "rij 3, Effort: de schuif loopt van 0–10; het wordt een schaal van 0–10, geen schuif van 0 tot 100",
    ]);
  });

  it("a range that cannot be a scale stays a 0–100 slider, and says so", () => {
    const wide = frameworkFromNarraFirmaForm(formText.replace(",,badly,well,,", ",,badly,well,0,1000"), { name: "Survey", language: "en" });
    expect(wide.definition.signifiers.find((s) => s.id === "grade")).toMatchObject({ type: "dyad" });
    expect(formNoteText(wide.notes.find((n) => n.shortName === "Grade")!, "en")).toBe("row 2, Grade: the slider runs 0–1000; that cannot be a scale (whole numbers, at most 100 steps), so it is read as 0–100");
  });

  it("reads a stories file that opens with comment lines, has its columns in its own order, names questions by data column name and prompts by data name or short name", () => {
    const stories = [
      "; exported from the survey tool",
      "",
      "Participant ID,Story text,Story title,Question chosen,Q7 mood,Q7 mood,Grade,Effort,Paid",
      "p1,It went well.,Good day,Q1,happy,,4,7,true",
      "; a comment between stories",
      "p2,It did not.,Bad day,Surprise,sad,happy,3.5,11,nee",
      "p3,Both at once.,Mixed,Q2,happy/sad,,5,0,1",
    ].join("\n");
    const plan = planCsvImport(stories, survey);
    expect(plan.format).toBe("narrafirma");
    expect(plan.columns.map((c) => c.target)).toEqual(["subjectRef", "text", "title", "promptId", "answers.mood", "answers.mood", "answers.grade", "answers.effort", "answers.paid"]);
    expect(plan.entries.map((e) => e.line)).toEqual([4, 6, 7]);
    expect(plan.entries[2]!.value).toMatchObject({ answers: { mood: ["happy", "sad"], grade: 5, effort: 0, paid: "yes" } });
    expect(plan.entries[0]!.value).toMatchObject({ title: "Good day", promptId: "q1", answers: { mood: ["happy"], grade: 4, effort: 7, paid: "yes" } });
    expect(plan.entries[1]!.value).toMatchObject({ title: "Bad day", promptId: "q2", answers: { mood: ["sad", "happy"], paid: "no" } });
    expect(plan.problems.map((p) => cellProblemText(p, "en"))).toEqual([
      "row 6, Grade (How well did it go?): \"3.5\" is not a whole number",
      "row 6, Effort (How much effort did it take?): \"11\" is outside this question's range",
    ]);
  });
});
