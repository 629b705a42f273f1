import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { storyInput } from "../story.ts";
import { smallFramework } from "../../testing/fixtures.ts";
import { MappedTable } from "./convert.ts";
import { parseCsv, rowInFile, splitCsv } from "./csv.ts";
import { mappingFromJson, mappingJson, suggestMapping } from "./mapping.ts";
import { partsKeepingCopiesTogether } from "./parts.ts";
import { detectFormat, parseMappingOverrides, planCsvImport } from "./plan.ts";

const definition = frameworkDefinition.parse(smallFramework);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("NarraFirma story-collection export", () => {
  const table = parseCsv(fixture("narrafirma.csv"), "narrafirma");

  it("reads the option row under the header and numbers rows as a spreadsheet does", () => {
    expect(table.columns.map((c) => c.header)).toContain("tags / A");
    expect(table.rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it("suggests targets by name, question and option label; a triad has no single-cell form", () => {
    const mapping = suggestMapping(table.columns, definition);
    expect(Object.values(mapping)).toEqual([
      "title", "text", "promptId", null, "answers.regie", "answers.situatie", "answers.tags.a", "answers.tags.b", "answers.cijfer", "answers.les",
    ]);
  });

  it("converts sliders (0–100), option labels and option columns; reports bad cells by row", () => {
    const mapped = new MappedTable(table, suggestMapping(table.columns, definition), definition);
    const [first, second, third] = table.rows.map((r) => mapped.convert(r));
    expect(first!.input).toMatchObject({ title: "Het gesprek", promptId: "moment", answers: { regie: 0.7, situatie: "schulden", tags: ["a"], cijfer: 4, les: "Luisteren" } });
    expect(storyInput.safeParse(first!.input).success).toBe(true);
    expect(second!.input).toMatchObject({ promptId: "moment", answers: { regie: 0.25, situatie: "werk", tags: ["a", "b"], cijfer: 3 } });
    expect(third!.input).toMatchObject({ title: "Kapot", promptId: "moment" });
    expect(third!.input!.answers).toEqual({});
    expect(third!.problems.map((p) => [p.row, p.header, p.code, p.value])).toEqual([
      [5, "Wie had de regie?", "notNumber", "honderd"], [5, "Waarover?", "notOption", "Vakantie"], [5, "Cijfer", "outOfRange", "9"],
    ]);
  });
});

describe("SenseMaker-style CSV", () => {
  const table = parseCsv(fixture("sensemaker.csv"), "sensemaker");
  const mapping = suggestMapping(table.columns, definition);
  const mapped = new MappedTable(table, mapping, definition);

  it("reads semicolon files and maps triad corners and dyads; leaves unknown columns out", () => {
    expect(mapped.columns().map((c) => [c.header, c.target, c.status])).toEqual([
      ["FragmentEntry", "text", "mapped"], ["Title", "title", "mapped"],
      ["hulp - Regels", "answers.hulp.1", "mapped"], ["hulp - Contact", "answers.hulp.2", "mapped"], ["hulp - Samenwerking", "answers.hulp.3", "mapped"],
      ["Wie had de regie?", "answers.regie", "mapped"], ["Waarover?", "answers.situatie", "mapped"], ["Cijfer", "answers.cijfer", "mapped"],
      ["Entry date", "toldAt", "mapped"], ["Extra", null, "ignored"],
    ]);
    expect(mapped.unmappedSignifiers()).toEqual(["aanpak", "tags", "les"]);
  });

  it("turns percentages into triad weights and 0–100 into a dyad, with Dutch decimal commas", () => {
    const [first, second, third] = table.rows.map((r) => mapped.convert(r));
    expect(first!.input!.answers).toEqual({ hulp: [0.2, 0.5, 0.3], regie: 0.7, situatie: "schulden", cijfer: 4 });
    expect(first!.input!.toldAt).toBe("2025-03-01T00:00:00.000Z");
    expect(second!.input!.answers).toMatchObject({ hulp: [1, 0, 0], regie: 0.055 });
    expect(third!.input!.answers).not.toHaveProperty("hulp");
    expect(third!.problems).toEqual([{ row: 4, column: 2, header: "hulp - Regels", question: expect.any(String), value: "150", code: "triadSum" }]);
  });

  it("an override replaces a suggestion; a target that does not exist is reported", () => {
    const overridden = new MappedTable(table, { ...mapping, 9: "answers.nope", 1: null }, definition);
    expect(overridden.columns()[9]!.status).toBe("unknownTarget");
    expect(overridden.convert(table.rows[0]!).input!.title).toBeUndefined();
  });

  it("splits into parts that read back the same, each knowing its rows in the file", () => {
    const parts = splitCsv(table, 2);
    expect(parts.map((p) => p.rowNumbers)).toEqual([[2, 3], [4]]);
    const again = parseCsv(parts[1]!.text, "sensemaker");
    expect(again.rows[0]!.cells).toEqual(table.rows[2]!.cells);
    expect(rowInFile(table, parts[1]!, again.rows[0]!.row)).toBe(4);
  });
});

describe("a CSV import plan", () => {
  it("recognises NarraFirma by its first columns and applies overrides over the suggestion", () => {
    const text = fixture("narrafirma.csv");
    expect(detectFormat(text)).toBe("narrafirma");
    expect(detectFormat(fixture("sensemaker.csv"))).toBe("sensemaker");
    const plan = planCsvImport(text, definition, { overrides: parseMappingOverrides("0:,9:answers.les") });
    expect(plan.columns[0]!.status).toBe("ignored");
    expect(plan.entries.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(plan.entries[0]!.value).not.toHaveProperty("title");
    expect(plan.problems.map((p) => p.value)).toEqual(["honderd", "Vakantie", "9"]);
    expect(plan.keptWhole).toBe(2);
  });
});

describe("a mapping saved from the web screen", () => {
  it("reads back as the same mapping in `vertelpunt import --mapping`; an empty target leaves the column out", () => {
    const saved = mappingJson({ 0: "title", 1: "text", 4: "", 5: null });
    expect(mappingFromJson(JSON.parse(saved))).toEqual({ 0: "title", 1: "text", 4: null, 5: null });
    expect(() => mappingFromJson({ first: "title" })).toThrow("\"first\" is not a column number");
  });
});

describe("parts of an import", () => {
  it("keeps file order but sends every copy of an entry with its first copy", () => {
    const parts = partsKeepingCopiesTogether(["a", "b", "c", "a", "d", "e"], (x) => x, 2);
    expect(parts).toEqual([["a", "a"], ["b", "c"], ["d", "e"]]);
  });
});
