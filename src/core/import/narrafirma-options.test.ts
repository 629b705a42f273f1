// NarraFirma's story form with import rows and annotation questions (fixtures written by hand in the
// layout its csvImportExport.ts reads; no file of NarraFirma is copied): the rows become the
// framework's import options, and its stories file then imports with the default mapping as they say.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameworkDefinition, tellerSignifiers } from "../framework.ts";
import { formNoteText } from "./form-notes.ts";
import { frameworkFromNarraFirmaForm } from "./narrafirma-form.ts";
import { optionNoteText } from "./option-notes.ts";
import { planCsvImport } from "./plan.ts";
import { preparedColumns } from "./apply-options.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const form = frameworkFromNarraFirmaForm(fixture("narrafirma-options-form.csv"), { name: "Help", language: "en" });
const definition = frameworkDefinition.parse(form.definition);
const stories = fixture("narrafirma-options-stories.csv");

describe("a NarraFirma story form with import rows and annotation questions", () => {
  it("makes its annotation questions questions for colleagues, not for tellers", () => {
    expect(definition.signifiers.filter((s) => s.audience === "interpreter").map((s) => [s.id, s.type, s.question])).toEqual([
      ["theme", "choice", "Which theme does this story touch?"], ["staff_note", "text", "What should colleagues know?"],
    ]);
    expect(tellerSignifiers(definition).map((s) => s.id)).toEqual(["feeling", "help", "score", "region"]);
    expect(form.notes.filter((n) => n.note === "annotationQuestion").map((n) => formNoteText(n, "nl"))).toEqual([
      "rij 5, Theme: dit is een vraag voor collega's die de verhalen duiden („Which theme does this story touch?”); vertellers zien hem niet",
      "rij 6, Staff note: dit is een vraag voor collega's die de verhalen duiden („What should colleagues know?”); vertellers zien hem niet",
    ]);
  });

  it("keeps every import row as an import option of the framework", () => {
    expect(definition.importOptions).toEqual({
      columns: { promptId: "Which question", title: "Kop", text: "Vertelling", toldAt: "Wanneer", language: "Taalkeuze", subjectRef: "Respondent" },
      ignore: ["Interviewer", "Sector"],
      appendToText: [{ column: "Follow-up", before: "Later:" }, { column: "Extra" }],
      minWords: 5, removeFromHeaders: ["[Q5]"], delimiter: "#", yesIndicator: "X", separator: "[", ending: "]",
    });
  });

  it("says what each import row will do, in Dutch and in English, and which row it does not know", () => {
    const byRow = (lang: string) => form.notes.filter((n) => n.row >= 9).map((n) => formNoteText(n, lang));
    expect(byRow("nl")).toEqual([
      "rij 9, Story title column name: de titel van een verhaal staat in de kolom „Kop”",
      "rij 10, Story text column name: de tekst van een verhaal staat in de kolom „Vertelling”",
      "rij 11, Story collection date column name: de datum van een verhaal staat in de kolom „Wanneer”",
      "rij 12, Language column name: de taal van een verhaal staat in de kolom „Taalkeuze”",
      "rij 13, Participant ID column name: wie een verhaal vertelde, staat in de kolom „Respondent”",
      "rij 14, Data columns to ignore: deze kolommen slaan we over bij het inlezen van de verhalen: Interviewer, Sector",
      "rij 15, Data columns to append to story text: deze kolommen komen achter de tekst van het verhaal: Follow-up, Extra",
      "rij 16, Minimum words to include story: een verhaal met minder dan 5 woorden lezen we niet in",
      "rij 17, Texts to remove from column headers: deze tekst halen we uit de kolomnamen voordat we ze lezen: [Q5]",
      "rij 18, Multi choice single column delimiter: bij een meerkeuzevraag in één kolom staat „#” tussen de keuzes",
      "rij 19, Yes no questions yes indicator: in een kolom „vraag: keuze” betekent „X” dat die keuze gekozen is",
      "rij 20, Yes no questions Q-A separator: in een kolomnaam „vraag: keuze” staat „[” tussen vraag en keuze",
      "rij 21, Yes no questions Q-A ending: in een kolomnaam „vraag: keuze” eindigt de keuze op „]”",
      "rij 22, Words to translate: deze importregel kennen we niet; we doen er niets mee",
    ]);
    expect(byRow("en")[7]).toBe("row 16, Minimum words to include story: a story of fewer than 5 words is not imported");
    expect(formNoteText(form.notes[0]!, "en")).toBe("row 0, Eliciting question: which prompt a story answers is read from the column \"Which question\"");
  });

  it("reads a minimum that is no number as none, says so, and a delimiter written as space as one space", () => {
    const text = fixture("narrafirma-options-form.csv").replace(",Minimum words to include story,import,,,,5,,", ",Minimum words to include story,import,,,,five,,")
      .replace(",Multi choice single column delimiter,import,,,,#,,", ",Multi choice single column delimiter,import,,,,space,,");
    const other = frameworkFromNarraFirmaForm(text, { name: "Help", language: "nl" });
    expect(other.definition.importOptions).not.toHaveProperty("minWords");
    expect(other.definition.importOptions).toMatchObject({ delimiter: " " });
    expect(other.notes.filter((n) => n.note === "minWordsUnreadable").map((n) => formNoteText(n, "nl"))).toEqual([
      "rij 16, Minimum words to include story: „five” is geen getal; we lezen alle verhalen in, hoe kort ook",
    ]);
  });

  it("a form without import rows makes a framework without import options", () => {
    const plain = frameworkFromNarraFirmaForm("Data column name,Type,About,Short name,Long name,Options,Answers\nEliciting question,eliciting,eliciting,Eliciting question,,,Q1|Tell us\nScore,Scale,story,Score,How?,,low,high\n", { name: "P", language: "en" });
    expect(plain.definition).not.toHaveProperty("importOptions");
    expect(plain.notes).toEqual([]);
  });
});

describe("its stories file, default mapping", () => {
  const plan = planCsvImport(stories, definition, { lang: "nl" });

  it("reads the story fields from the columns the form names, and leaves out the columns it says to ignore or to append", () => {
    expect(plan.format).toBe("narrafirma");
    expect(plan.columns.map((c) => [c.header, c.target])).toEqual([
      ["Respondent", "subjectRef"], ["Kop", "title"], ["Vertelling", "text"], ["Wanneer", "toldAt"], ["Taalkeuze", "language"], ["Which question", "promptId"],
      ["[Q5] Feel", "answers.feeling"], ["Help [money]", "answers.help.money"], ["Help [advice]", "answers.help.advice"], ["Help [time]", "answers.help.time"],
      ["Score", "answers.score"], ["Region", "answers.region"], ["Sector", null], ["Interviewer", null], ["Follow-up", null], ["Extra", null],
      ["Theme", null], ["Staff note", null],
    ]);
  });

  it("adds the appended columns to the text, reads the delimiter and yes indicator as named, and skips a story that is too short", () => {
    expect(plan.entries).toEqual([
      { line: 2, value: {
        subjectRef: "r1", title: "Long queue", toldAt: "2026-01-10T00:00:00.000Z", language: "en", promptId: "q1",
        text: "I waited for an hour at the counter and nobody told me why. Later: I went back the next week. --- It was raining.",
        answers: { feeling: ["calm", "angry"], help: ["money", "time"], score: 7, region: "north" }, consent: { research: true, quoting: false },
      } },
      { line: 4, error: "rij 4, Vertelling: het verhaal heeft 4 woorden, minder dan de 5 die het vragenformulier vraagt; de rij is overgeslagen" },
      { line: 5, value: {
        subjectRef: "r3", title: "Kind words", toldAt: "2026-01-12T00:00:00.000Z", language: "nl", promptId: "q2",
        text: "The woman on the phone took time to ask how I was doing. --- Nothing more.",
        answers: { feeling: ["angry"], help: ["advice"], score: 10, region: "south" }, consent: { research: true, quoting: false },
      } },
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.keptWhole).toBe(2);
  });

  it("says what the form's options did, naming questions by their label, in Dutch and in English", () => {
    expect(plan.optionNotes.map((n) => optionNoteText(n, "nl"))).toEqual([
      "kolom „Kop”: hieruit komt de titel, zoals het vragenformulier zegt",
      "kolom „Vertelling”: hieruit komt de tekst, zoals het vragenformulier zegt",
      "kolom „Wanneer”: hieruit komt de datum, zoals het vragenformulier zegt",
      "kolom „Taalkeuze”: hieruit komt de taal, zoals het vragenformulier zegt",
      "kolom „Respondent”: hieruit komt wie het verhaal vertelde, zoals het vragenformulier zegt",
      "kolom „Which question”: hieruit komt de vertelvraag, zoals het vragenformulier zegt",
      "kolom „[Q5] Feel” geeft de antwoorden op „How did you feel?”, zoals het vragenformulier zegt",
      "kolom „Sector” slaan we over, zoals het vragenformulier zegt",
      "kolom „Interviewer” slaan we over, zoals het vragenformulier zegt",
      "kolom „Follow-up” komt achter de tekst van het verhaal, na „Later:”",
      "kolom „Extra” komt achter de tekst van het verhaal, na „---”",
      "„[Q5]” is uit 1 kolomnaam gehaald",
      "1 verhaal heeft minder dan 5 woorden; dat lezen we niet in",
      "bij een meerkeuzevraag in één kolom staat „#” tussen de keuzes",
      "in een kolom „vraag: keuze” telt alleen „X” als gekozen",
      "kolom „Theme” heeft antwoorden van collega's op „Which theme does this story touch?”; die lezen we niet in bij de verhalen",
      "kolom „Staff note” heeft antwoorden van collega's op „What should colleagues know?”; die lezen we niet in bij de verhalen",
    ]);
    const en = plan.optionNotes.map((n) => optionNoteText(n, "en"));
    expect(en).toContain("column \"[Q5] Feel\" holds the answers to \"How did you feel?\", as the story form says");
    expect(en).toContain("1 story has fewer than 5 words; it is not imported");
    expect(en).toContain("column \"Theme\" holds colleagues' answers to \"Which theme does this story touch?\"; they are not imported with the stories");
  });

  it("a column the form names but the file lacks is reported, and the usual name still serves", () => {
    const renamed = stories.replace("Respondent,Kop,", "Respondent,Story title,");
    const other = planCsvImport(renamed, definition);
    expect(other.columns[1]).toMatchObject({ header: "Story title", target: "title" });
    expect(other.optionNotes.map((n) => optionNoteText(n, "en"))).toContain("the story form names the column \"Kop\" for the title, but the file has no such column");
  });

  it("without the form's options the same file loses what they keep: the proof that each one is used", () => {
    const { importOptions: _options, ...bare } = definition;
    const plain = planCsvImport(stories, bare);
    expect(plain.format).toBe("sensemaker");
    // "Sector" reads as consent for the sector, "north" is no yes or no: the row is refused; and not
    // known as NarraFirma's, the file's comment row (line 3) is read as a story.
    expect(plain.entries.map((e) => [e.line, Boolean(e.error)])).toEqual([[2, true], [3, false], [4, true], [5, true]]);
    expect(plain.entries[0]!.error).toContain("Sector");
    expect(plain.columns.find((c) => c.header === "Respondent")!.target).toBeNull();
    // Colleagues' answers are said to stay out either way: that is the framework's questions, not the options.
    expect(plain.optionNotes.map((n) => n.code)).toEqual(["annotationColumn", "annotationColumn"]);
  });
});

describe("headers as the form says they are written", () => {
  it("takes the form's texts out of a header and splits a question from its option at the separator, up to the ending", () => {
    const columns = preparedColumns([{ index: 0, header: "[Q5] Help [money] now", name: "[Q5] Help [money] now" }, { index: 1, header: "Score", name: "Score" }], { removeFromHeaders: ["[Q5]"], separator: "[", ending: "]" });
    expect(columns).toEqual([{ index: 0, header: "[Q5] Help [money] now", name: "Help", option: "money" }, { index: 1, header: "Score", name: "Score" }]);
  });
});
