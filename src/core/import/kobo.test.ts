// KoboToolbox / ODK: an XLSForm becomes a framework and Kobo's CSV data export becomes stories.
// kobo-xlsform.xlsx and kobo-export.csv are ours, laid out as documented: the XLSForm spec and ODK's
// "Form Language" page (survey + choices sheets, `select_multiple <list>`, `label::Dutch (nl)`,
// `range` parameters, settings' default_language) and KoboToolbox's export settings as its API takes
// them (XML values and headers, group names with "/", ";" between fields, select_multiple "both":
// one space-separated column plus a 1/0 column per option, then _id, _uuid, _submission_time …).
// The pyxform files are real forms from XLSForm/pyxform's tests (see fixtures/pyxform/README.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workbook } from "../export/xlsx.ts";
import { frameworkDefinition } from "../framework.ts";
import { storyInput } from "../story.ts";
import { csvText } from "./csv-text.ts";
import { formNoteText } from "./form-notes.ts";
import { detectFormat, planCsvImport } from "./plan.ts";
import { cellProblemText } from "./problems.ts";
import { options } from "./values.ts";
import { frameworkFromXlsForm } from "./xlsform.ts";
import { readWorkbook } from "./xlsx-read.ts";

const bytes = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const form = frameworkFromXlsForm(readWorkbook(bytes("kobo-xlsform.xlsx")), { language: "nl" });
const definition = frameworkDefinition.parse(form.definition);
const exportCsv = bytes("kobo-export.csv").toString("utf8");

describe("a framework from an XLSForm", () => {
  it("takes the Dutch labels, the choice lists, scales from range and constraint, and the story question as prompt", () => {
    expect(definition).toMatchObject({ name: "Geholpen voelen", language: "nl", prompts: [{ id: "verhaal", text: "Vertel over een moment waarop je je geholpen voelde." }] });
    expect(definition.signifiers.map((s) => [s.id, s.type, s.required])).toEqual([
      ["gevoel", "choice", true], ["hulp", "choice", false], ["hulp_anders", "text", false], ["regie", "scale", false], ["leeftijd", "scale", false], ["terugbellen", "choice", false],
    ]);
    expect(definition.signifiers[1]).toMatchObject({ question: "Wat hielp?", multiple: true, options: [{ id: "buurt", label: "De buurt" }, { id: "familie", label: "Familie" }, { id: "wijkteam", label: "Het wijkteam" }, { id: "anders", label: "Iets anders" }] });
    expect(definition.signifiers[3]).toMatchObject({ min: 1, max: 10 });
    expect(definition.signifiers[4]).toMatchObject({ min: 12, max: 99 });
    expect(definition.signifiers[5]).toMatchObject({ options: [{ id: "q_1", label: "Ja" }, { id: "q_0", label: "Nee" }] });
  });

  it("keeps the English labels as a translation and reports what it left out, in Dutch and English", () => {
    expect(form.translations).toEqual([expect.objectContaining({ language: "en" })]);
    expect(form.translations[0]!.questions).toMatchObject({ verhaal: "Tell about a moment when you felt helped.", gevoel: "How did you feel afterwards?" });
    expect(form.translations[0]!.options.hulp).toMatchObject({ wijkteam: "The neighbourhood team" });
    expect(form.notes.map((n) => [n.row, n.shortName, n.note])).toEqual([
      [5, "verhaal", "storyQuestion"], [9, "hulp_anders", "relevantIgnored"], [13, "plek", "unsupportedType"], [1, "", "translationsNotStored"],
    ]);
    const relevant = form.notes[1]!;
    expect(formNoteText(relevant, "nl")).toBe("rij 9, hulp_anders: de voorwaarde „selected(${hulp}, 'anders')” voor het tonen van de vraag nemen we niet over; de vraag staat altijd in de lijst");
    expect(formNoteText(relevant, "en")).toContain("row 9, hulp_anders: the condition");
  });

  it("takes the English labels when asked", () => {
    const english = frameworkFromXlsForm(readWorkbook(bytes("kobo-xlsform.xlsx")), { language: "en" });
    expect(english.definition.language).toBe("en");
    expect(english.definition.signifiers[0]).toMatchObject({ question: "How did you feel afterwards?", options: [{ id: "goed", label: "Good" }, { id: "neutraal", label: "Neutral" }, { id: "slecht", label: "Bad" }] });
    expect(english.translations.map((t) => t.language)).toEqual(["nl"]);
  });

  it("reads real XLSForms from pyxform's tests (shared strings, Swahili and English labels, repeats, files)", () => {
    const ucl = frameworkFromXlsForm(readWorkbook(bytes("pyxform/UCL_Biomass_Plot_Form.xlsx")), { language: "en" });
    const parsed = frameworkDefinition.parse(ucl.definition);
    expect(parsed.language).toBe("en");
    expect(parsed.signifiers.find((s) => s.id === "disturbance")).toMatchObject({ type: "choice", multiple: true, question: expect.any(String) });
    expect(parsed.signifiers.find((s) => s.id === "plant_phase")).toMatchObject({ options: expect.arrayContaining([{ id: "q_2022", label: "2022" }]) });
    expect(ucl.notes.filter((n) => n.note === "repeatLeftOut").map((n) => n.shortName)).toEqual(["trees", "stumps", "subplot1", "subplot2"]);
    expect(ucl.notes.filter((n) => n.note === "unsupportedType").map((n) => n.detail)).toContain("geopoint");
    expect(ucl.translations.map((t) => t.language)).toEqual(["sw"]);
    const flat = frameworkFromXlsForm(readWorkbook(bytes("pyxform/flat_xlsform_test.xlsx")), { language: "en" });
    expect(frameworkDefinition.safeParse(flat.definition).success).toBe(true);
    expect(flat.definition.signifiers.find((s) => s.id === "select_multiple_test")).toMatchObject({ type: "choice", multiple: true, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] });
  });

  it("refuses a workbook without a survey sheet", () => {
    expect(() => frameworkFromXlsForm(readWorkbook(workbook([{ name: "data", rows: [["a"]] }])), { language: "nl" })).toThrow(/survey/);
  });
});

describe("Kobo's data export with the default mapping", () => {
  const plan = planCsvImport(exportCsv, definition, { lang: "nl" });
  const answers = plan.entries.map((e) => (e.value as { answers?: Record<string, unknown> } | undefined)?.answers);

  it("is recognised and maps group paths, option columns, choice names and the submission time", () => {
    expect(detectFormat(exportCsv)).toBe("kobo");
    expect(plan.format).toBe("kobo");
    const mapped = Object.fromEntries(plan.columns.filter((c) => c.status === "mapped").map((c) => [c.header, c.target]));
    expect(mapped).toEqual({
      "verhaal_groep/verhaal": "text", gevoel: "answers.gevoel", hulp: "answers.hulp", "hulp/buurt": "answers.hulp.buurt", "hulp/familie": "answers.hulp.familie",
      "hulp/wijkteam": "answers.hulp.wijkteam", "hulp/anders": "answers.hulp.anders", hulp_anders: "answers.hulp_anders", regie: "answers.regie",
      leeftijd: "answers.leeftijd", terugbellen: "answers.terugbellen", _submission_time: "toldAt",
    });
    expect(plan.unmappedSignifiers).toEqual([]);
  });

  it("reads every story, and a bad cell costs the answer, not the story", () => {
    expect(plan.rows).toBe(7);
    expect(plan.entries).toHaveLength(7);
    expect(answers[0]).toEqual({ gevoel: "goed", hulp: ["buurt", "wijkteam"], regie: 7, leeftijd: 34, terugbellen: "q_1" });
    expect(answers[1]).toEqual({ gevoel: "neutraal", hulp: ["familie"], regie: 4, leeftijd: 61, terugbellen: "q_0" });
    expect(answers[3]).toEqual({ hulp: ["anders"], hulp_anders: "Mijn buurvrouw van de overkant", regie: 2, leeftijd: 52, terugbellen: "q_0" });
    expect(answers[6]).toEqual({ gevoel: "goed", hulp: ["wijkteam", "familie"], regie: 9 });
    expect((plan.entries[0]!.value as { toldAt: string }).toldAt).toBe(new Date("2025-03-04T09:15:30").toISOString());
    expect(plan.problems.map((p) => [p.row, p.header, p.code])).toEqual([[4, "regie", "outOfRange"], [5, "gevoel", "notOption"], [6, "leeftijd", "notNumber"]]);
    expect(plan.keptWhole).toBe(3);
    // The row without a story is refused with its reason; the other six are stories.
    expect(plan.entries.map((e) => storyInput.safeParse(e.value).success)).toEqual([true, true, true, true, true, false, true]);
    expect(plan.entries[5]).toEqual({ line: 7, error: "rij 7, verhaal_groep/verhaal: in deze rij staat geen verhaal; de rij is overgeslagen" });
  });

  it("says why a cell was left out in Dutch and in English", () => {
    const notOption = plan.problems.find((p) => p.code === "notOption")!;
    expect(cellProblemText(notOption, "nl")).toBe("rij 5, gevoel (Hoe voelde je je daarna?): „boos” is geen keuze bij deze vraag");
    expect(cellProblemText(notOption, "en")).toBe("row 5, gevoel (Hoe voelde je je daarna?): \"boos\" is not an option of this question");
  });

  it("reads the same export from XLSX as from CSV", () => {
    const rows = exportCsv.trim().split("\r\n").map((line) => line.slice(1, -1).split('";"'));
    const fromXlsx = csvText([...readWorkbook(workbook([{ name: "Geholpen voelen", rows }])).values()][0]!);
    const again = planCsvImport(fromXlsx, definition, { lang: "nl" });
    expect(again.format).toBe("kobo");
    expect(again.entries).toEqual(plan.entries);
  });
});

describe("Kobo's select_multiple cells", () => {
  const hulp = definition.signifiers.find((s) => s.id === "hulp") as Extract<(typeof definition.signifiers)[number], { type: "choice" }>;
  it("reads space-separated names, other delimiters and labels", () => {
    expect(options(hulp, "buurt familie")).toEqual(["buurt", "familie"]);
    expect(options(hulp, "buurt;familie")).toEqual(["buurt", "familie"]);
    expect(options(hulp, "Het wijkteam")).toEqual(["wijkteam"]);
    expect(() => options(hulp, "buurt kerk")).toThrow(/kerk/);
  });
});
