import { describe, expect, it } from "vitest";
import { countFormat, countTicks, distinctTicks, percentFormat, poles } from "./axes.ts";

describe("chart axes people read", () => {
  it("counts in whole numbers only", () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(12)).toEqual([0, 5, 10, 15]);
    expect(countTicks(24)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(180)).toEqual([0, 50, 100, 150, 200]);
    for (const max of [0, 1, 2, 7, 13, 99, 1234]) expect(countTicks(max).every(Number.isInteger)).toBe(true);
  });

  it("writes numbers and percentages in the reader's locale", () => {
    expect(countFormat("nl")(1250)).toBe("1.250");
    expect(countFormat("en")(1250)).toBe("1,250");
    expect(percentFormat("nl")(0.5)).toBe("50%");
  });

  it("gives a time axis no repeated labels", () => {
    const days = ["2025-12-07T09:00Z", "2025-12-07T15:00Z", "2025-12-08T10:00Z", "2025-12-09T10:00Z", "2025-12-09T11:00Z"].map((d) => new Date(d));
    const label = (d: Date) => d.toLocaleDateString("nl-NL", { day: "numeric", month: "short", timeZone: "UTC" });
    expect(distinctTicks(days, label, 10).map(label)).toEqual(["7 dec", "8 dec", "9 dec"]);
    expect(distinctTicks(days, label, 2).map(label)).toEqual(["7 dec", "9 dec"]);
  });

  it("names the poles of a slider and of a scale", () => {
    const base = { id: "x", question: "?", required: false } as const;
    expect(poles({ ...base, type: "dyad", labels: ["Vooral ik", "Vooral de inwoner"] } as never)).toEqual(["Vooral ik", "Vooral de inwoner"]);
    expect(poles({ ...base, type: "scale", min: 1, max: 5, labels: ["slecht", "", "", "", "goed"] } as never)).toEqual(["1 slecht", "5 goed"]);
    expect(poles({ ...base, type: "scale", min: 1, max: 5 } as never)).toEqual(["1", "5"]);
  });
});
