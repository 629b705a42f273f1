import { describe, expect, it } from "vitest";
import { endPrompt, meanTriad, shareBelow, triadPrompt } from "./reflection.ts";

describe("triad reflection", () => {
  it("averages points per corner", () => {
    expect(meanTriad([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]])).toEqual([0.5, 0.25, 0.25]);
    expect(meanTriad([])).toBeNull();
  });

  it("names the corner the own answer leans towards, or calls it typical", () => {
    expect(triadPrompt([0.7, 0.2, 0.1], [0.34, 0.33, 0.33])).toEqual({ code: "towardsCorner", corner: 0 });
    expect(triadPrompt([0.1, 0.1, 0.8], [0.2, 0.2, 0.6])).toEqual({ code: "towardsCorner", corner: 2 });
    expect(triadPrompt([0.3, 0.4, 0.3], [0.33, 0.34, 0.33])).toEqual({ code: "typical" });
  });
});

describe("dyad and scale reflection", () => {
  it("counts half of the own bin (mid-rank)", () => {
    expect(shareBelow([2, 2, 2, 2], 0)).toBe(0.125);
    expect(shareBelow([2, 2, 2, 2], 3)).toBe(0.875);
    expect(shareBelow([0, 10, 0], 1)).toBe(0.5);
    expect(shareBelow([0, 0, 0], 1)).toBe(0.5);
  });

  it("turns the share into a prompt at the ends only", () => {
    expect(endPrompt(0.1)).toEqual({ code: "lowEnd" });
    expect(endPrompt(0.5)).toEqual({ code: "typical" });
    expect(endPrompt(0.95)).toEqual({ code: "highEnd" });
  });
});
