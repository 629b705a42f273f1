import { describe, expect, it } from "vitest";
import { meanPrecisionAtK, precisionAtK } from "./evaluation.ts";

describe("precision at k", () => {
  it("counts relevant ids among the first k and divides by k, also when fewer are listed", () => {
    const relevant = new Set(["a", "b", "c"]);
    expect(precisionAtK(["a", "x", "b", "y", "z", "c"], relevant, 5)).toBe(2 / 5);
    expect(precisionAtK(["a"], relevant, 5)).toBe(1 / 5);
    expect(precisionAtK([], relevant, 5)).toBe(0);
  });

  it("averages over the queries with something relevant and skips those without", () => {
    const queries = [
      { id: "q1", relevant: new Set(["a"]) },
      { id: "q2", relevant: new Set(["b", "c"]) },
      { id: "alone", relevant: new Set<string>() },
    ];
    const ranked = new Map([["q1", ["a", "x"]], ["q2", ["x", "y"]], ["alone", ["a", "b"]]]);
    expect(meanPrecisionAtK(queries, ranked, 2)).toBe((1 / 2 + 0) / 2);
    expect(meanPrecisionAtK([{ id: "alone", relevant: new Set() }], ranked, 2)).toBeNull();
  });
});
