import { describe, expect, it } from "vitest";
import { bucketStart, bucketStarts } from "./trends.ts";

const iso = (ms: number) => new Date(ms).toISOString();

// Calendar facts: 2024-06-02 was a Sunday and 2024-06-03 a Monday; 1969-12-31 a Wednesday
// (so its ISO week began on Monday 1969-12-29); 2024 was a leap year.
describe("trend buckets (UTC)", () => {
  it("starts weeks on Monday at midnight", () => {
    expect(iso(bucketStart(Date.parse("2024-06-02T23:59:59.999Z"), "week"))).toBe("2024-05-27T00:00:00.000Z");
    expect(iso(bucketStart(Date.parse("2024-06-03T00:00:00.000Z"), "week"))).toBe("2024-06-03T00:00:00.000Z");
    expect(iso(bucketStart(Date.parse("1969-12-31T12:00:00Z"), "week"))).toBe("1969-12-29T00:00:00.000Z");
  });

  it("starts months on the first, and lists every bucket between two stories, across a year's end", () => {
    expect(iso(bucketStart(Date.parse("2024-02-29T18:00:00Z"), "month"))).toBe("2024-02-01T00:00:00.000Z");
    const starts = bucketStarts(Date.parse("2024-11-30T10:00:00Z"), Date.parse("2025-02-01T00:00:00Z"), "month").map(iso);
    expect(starts).toEqual(["2024-11-01T00:00:00.000Z", "2024-12-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z", "2025-02-01T00:00:00.000Z"]);
    expect(bucketStarts(Date.parse("2024-06-02T10:00:00Z"), Date.parse("2024-06-17T00:00:00Z"), "week")).toHaveLength(4);
  });
});
