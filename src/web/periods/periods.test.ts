import { describe, expect, it } from "vitest";
import type { Signifier } from "../../core/framework.ts";
import { periodMessages } from "./messages.ts";
import { bucketDate, comparisonQuery, dayInterval, describePeriod, initialChoice, shiftSummary, statisticText, stonesRows, trendView } from "./periods.ts";
import type { Shift, Trend } from "../../contract/patterns.ts";

const params = (query: string) => new URLSearchParams(query.slice(1));
const say = (key: keyof typeof periodMessages, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), periodMessages[key].nl as string);
const rounds = [
  { id: "r1", name: "Voorjaar", startsAt: "2025-01-01T00:00:00.000Z", endsAt: "2025-04-01T00:00:00.000Z" },
  { id: "r2", name: "Zomer", startsAt: "2025-04-01T00:00:00.000Z", endsAt: "2025-07-01T00:00:00.000Z" },
];
const situatie: Signifier = {
  id: "situatie", type: "choice", question: "Waar ging het over?", required: false, audience: "teller", multiple: false,
  options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }],
};

describe("the comparison's query", () => {
  it("starts with the two latest rounds, and asks for rounds by id", () => {
    const choice = initialChoice([{ ...rounds[0]!, id: "r0" }, ...rounds]);
    expect(choice).toMatchObject({ mode: "rounds", roundA: "r1", roundB: "r2" });
    expect(Object.fromEntries(params(comparisonQuery(choice)))).toEqual({ a: "r1", b: "r2" });
    expect(initialChoice(rounds.slice(0, 1)).mode).toBe("periods");
  });

  it("counts the last day of a period in full: `to` is the next midnight, exclusive", () => {
    expect(dayInterval("2025-01-01", "2025-03-31")).toBe(`${new Date(2025, 0, 1).toISOString()}/${new Date(2025, 3, 1).toISOString()}`);
    expect(dayInterval("", "2025-03-31")).toBe(`/${new Date(2025, 3, 1).toISOString()}`);
    const q = params(comparisonQuery({ ...initialChoice([]), fromA: "2025-01-01", toA: "2025-03-31", fromB: "2025-04-01", toB: "2025-06-30" }));
    expect(q.get("b")).toBe(`${new Date(2025, 3, 1).toISOString()}/${new Date(2025, 6, 1).toISOString()}`);
    expect(params(comparisonQuery({ ...initialChoice([]), mode: "measure", measureAt: "2025-04-01" })).get("measureAt")).toBe(new Date(2025, 3, 1).toISOString());
  });
});

describe("what the page says", () => {
  it("names a round and its last day, and the sides of a measure", () => {
    expect(describePeriod({ from: rounds[0]!.startsAt, to: rounds[0]!.endsAt, roundId: "r1" }, rounds, "nl", say)).toMatch(/^Voorjaar \(1 januari 2025 tot en met 3[01] maart 2025\)$/);
    expect(describePeriod({ from: null, to: "2025-04-01T12:00:00Z", roundId: null }, rounds, "nl", say)).toBe("vóór 1 april 2025");
    expect(describePeriod({ from: null, to: null, roundId: null }, rounds, "nl", say)).toBe("de hele tijd");
  });

  it("sums up a shift by its largest change, and hides what the API hid", () => {
    const base = { signifierId: "situatie", method: "chiSquare", statistic: 14.4, pValue: 0.0001, qValue: 0.0002, effect: { measure: "cramersV", value: 0.42 } } as const;
    const choice: Shift = { ...base, type: "choice", multiple: false, nA: 40, nB: 40, options: [
      { id: "schulden", shareA: 0.95, shareB: 0.5, difference: null }, { id: "werk", shareA: 0.05, shareB: 0.45, difference: null },
    ] };
    expect(shiftSummary(choice, situatie, "nl", "verborgen")).toBe("Schulden: 95% → 50%");
    expect(statisticText(choice, "nl")).toBe("X² = 14,4");
    const dyad: Shift = { ...base, signifierId: "regie", type: "dyad", method: "mannWhitney", statistic: 1600, nA: null, nB: 40, meanA: null, meanB: 0.7, medianA: null, medianB: 0.7 };
    expect(shiftSummary(dyad, undefined, "nl", "verborgen")).toBe("verborgen → 70%");
    expect(statisticText(dyad, "nl")).toBe("U = 1.600");
  });

  it("gives each stones item's mean position in A and B with its own test, and hides a small period's", () => {
    const gevoel: Signifier = {
      id: "gevoel", type: "stones", question: "Zet neer", required: false, audience: "teller", xLabels: ["onzeker", "zeker"], yLabels: ["ontevreden", "tevreden"],
      items: [{ id: "inwoner", label: "Inwoner" }, { id: "buur", label: "Buur" }],
    };
    const stones: Shift = { signifierId: "gevoel", type: "stones", method: "hotellingPerItem", statistic: null, pValue: 0.0003, qValue: 0.0006, nA: 40, nB: 40,
      effect: { measure: "largestMeanShift", value: 0.55 }, items: [
        { id: "inwoner", nA: 40, nB: 40, meanA: [0.24, 0.31], meanB: [0.6, 0.725], shift: { dx: 0.36, dy: 0.415, length: 0.55 }, t2: 71.4, statistic: 31.74, pValue: 0.00016 },
        { id: "buur", nA: null, nB: 12, meanA: null, meanB: [0.5, 0.6], shift: null, t2: null, statistic: null, pValue: null },
      ] };
    expect(shiftSummary(stones, gevoel, "nl", "verborgen")).toBe("Inwoner: (24%, 31%) → (60%, 73%)");
    expect(statisticText(stones, "nl")).toBe("");
    expect(stonesRows(stones, gevoel, "nl", say, "verborgen")).toEqual([
      { key: "inwoner", label: "Inwoner", cells: ["horizontaal 24%, verticaal 31%", "horizontaal 60%, verticaal 73%", "horizontaal +36, verticaal +42", "F = 31,74", "< 0,001"] },
      { key: "buur", label: "Buur", cells: ["verborgen", "horizontaal 50%, verticaal 60%", "verborgen", "verborgen", "verborgen"] },
    ]);
  });

  it("turns a choice trend into stacked counts and a stories-only trend into bars", () => {
    const trend: Trend = { interval: "month", signifierId: "situatie", type: "choice", buckets: [
      { start: "2025-01-01T00:00:00.000Z", n: 12, answered: 12, options: [{ id: "schulden", count: 10 }, { id: "werk", count: null }] },
    ] };
    const view = trendView(trend, situatie, "Verhalen");
    expect(view.kind).toBe("stack");
    expect(view.points.map((p) => [p.series, p.value, p.hidden])).toEqual([["Schulden", 10, false], ["Werk", null, true]]);
    expect(trendView({ ...trend, signifierId: null, type: null }, undefined, "Verhalen")).toMatchObject({ kind: "count", series: ["Verhalen"] });
    expect(bucketDate("2025-01-01T00:00:00.000Z", "month", "nl", "long")).toBe("januari 2025");
    expect(bucketDate("2025-04-07T00:00:00.000Z", "week", "en", "long")).toBe("7 April 2025");
  });
});
