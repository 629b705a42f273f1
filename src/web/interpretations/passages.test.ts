import { describe, expect, it } from "vitest";
import { findPassage, passageAt, surroundings } from "./passages.ts";

const text = "De inwoner belde op maandag.\nWe gingen samen  op huisbezoek, en toen werd het rustiger.";

describe("passages of a story", () => {
  it("takes a selection without the whitespace at its edges, with offsets into the text", () => {
    const start = text.indexOf("\nWe");
    const passage = passageAt(text, start, text.indexOf(",") + 1);
    expect(passage).toEqual({ start: text.indexOf("We"), end: text.indexOf(",") + 1, quote: "We gingen samen  op huisbezoek," });
    expect(text.slice(passage!.start, passage!.end)).toBe(passage!.quote);
    expect(passageAt(text, 28, 29)).toBeUndefined();
    expect(passageAt(text, -5, 2)).toEqual({ start: 0, end: 2, quote: "De" });
  });

  it("finds typed words whatever their case or spacing, quoting the text itself", () => {
    expect(findPassage(text, "samen op HUISBEZOEK")).toEqual({ start: text.indexOf("samen"), end: text.indexOf(","), quote: "samen  op huisbezoek" });
    expect(findPassage(text, "maandag. we")).toEqual({ start: text.indexOf("maandag"), end: text.indexOf("We") + 2, quote: "maandag.\nWe" });
    expect(findPassage(text, "(niet) [hier]")).toBeUndefined();
    expect(findPassage(text, "   ")).toBeUndefined();
  });

  it("shows a passage among whole words of the text around it", () => {
    const passage = findPassage(text, "huisbezoek")!;
    expect(surroundings(text, passage, 12)).toEqual({ before: "…samen  op ", after: ", en toen…" });
    expect(surroundings(text, findPassage(text, "De inwoner")!, 1000)).toEqual({ before: "", after: text.slice(10) });
  });
});
