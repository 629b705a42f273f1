import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story } from "../../contract/stories.ts";
import { answerSeries, direction, isPseudonym, shortDate, timelinePath, valueDomain, valueSteps } from "./timeline.ts";

const regie: Signifier = { id: "regie", type: "dyad", question: "Wie had de regie?", required: false, audience: "both", labels: ["De organisatie", "De inwoner"] };
const cijfer: Signifier = { id: "cijfer", type: "scale", question: "Welk cijfer?", required: false, audience: "teller", min: 1, max: 5 };
const situatie: Signifier = {
  id: "situatie", type: "choice", question: "Waar ging het over?", required: false, audience: "teller", multiple: false,
  options: [{ id: "werk", label: "Werk" }, { id: "wonen", label: "Wonen" }],
};
const framework = (id: string, signifiers: Signifier[]) => ({ id, signifiers }) as Framework;
const story = (id: string, toldAt: string, answers: Record<string, unknown>, frameworkId = "f1") => ({ id, toldAt, answers, frameworkId }) as Story;

describe("a client's answers over time", () => {
  it("follows each slider and scale question in time order, skipping what was not answered with a number", () => {
    const stories = [
      story("b", "2025-03-01T10:00:00Z", { regie: 0.7, cijfer: null, situatie: "werk" }),
      story("a", "2025-01-01T10:00:00Z", { regie: 0.2, cijfer: 2 }),
      story("c", "2025-05-01T10:00:00Z", { cijfer: 4 }),
    ];
    const series = answerSeries(stories, [framework("f1", [situatie, regie, cijfer])]);
    expect(series.map((s) => s.key)).toEqual(["f1/regie", "f1/cijfer"]);
    expect(series[0]!.points).toEqual([
      { storyId: "a", toldAt: "2025-01-01T10:00:00Z", value: 0.2 },
      { storyId: "b", toldAt: "2025-03-01T10:00:00Z", value: 0.7 },
    ]);
    expect(series[1]!.points.map((p) => [p.storyId, p.value])).toEqual([["a", 2], ["c", 4]]);
  });

  it("keeps the same question id of two frameworks apart, and ignores a framework that is gone", () => {
    const stories = [story("a", "2025-01-01T00:00:00Z", { regie: 0.1 }, "f1"), story("b", "2025-02-01T00:00:00Z", { regie: 0.9 }, "f2"), story("c", "2025-03-01T00:00:00Z", { regie: 0.5 }, "gone")];
    const series = answerSeries(stories, [framework("f1", [regie]), framework("f2", [regie])]);
    expect(series.map((s) => [s.key, s.points.length])).toEqual([["f1/regie", 1], ["f2/regie", 1]]);
  });

  it("knows a question's range and which way the answer went", () => {
    expect(valueDomain(regie as Extract<Signifier, { type: "dyad" }>)).toEqual([0, 1]);
    expect(valueDomain(cijfer as Extract<Signifier, { type: "scale" }>)).toEqual([1, 5]);
    expect(valueSteps(cijfer as Extract<Signifier, { type: "scale" }>)).toBe(4);
    expect(valueSteps({ ...cijfer, max: 100 } as Extract<Signifier, { type: "scale" }>)).toBe(4);
    expect(valueSteps({ ...cijfer, min: 0, max: 10 } as Extract<Signifier, { type: "scale" }>)).toBe(10);
    expect(valueSteps(regie as Extract<Signifier, { type: "dyad" }>)).toBe(4);
    const at = (...values: number[]) => values.map((value, i) => ({ storyId: String(i), toldAt: "", value }));
    expect(direction(at(2, 1, 4))).toBe("up");
    expect(direction(at(0.8, 0.3))).toBe("down");
    expect(direction(at(3, 5, 3))).toBe("same");
  });
});

describe("the page's address and dates", () => {
  it("accepts only a pseudonym as the API writes it", () => {
    const pseudonym = "Ab3_-".padEnd(43, "x");
    expect(isPseudonym(pseudonym)).toBe(true);
    expect(isPseudonym(pseudonym.slice(1))).toBe(false);
    expect(isPseudonym(`${pseudonym.slice(1)}/`)).toBe(false);
    expect(timelinePath(pseudonym)).toBe(`/clients/${pseudonym}`);
  });

  it("writes a tick date short, in the reader's language", () => {
    const date = new Date(Date.UTC(2025, 2, 3));
    expect(shortDate(date, "nl")).toBe("3 mrt 2025");
    expect(shortDate(date, "en")).toBe("3 Mar 2025");
  });
});
