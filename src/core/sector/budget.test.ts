import { describe, expect, it } from "vitest";
import { decideRelease } from "./budget.ts";

const tenth = { numerator: 1, denominator: 10 };
const third = { numerator: 1, denominator: 3 };
const one = { numerator: 1, denominator: 1 };

describe("the privacy budget ledger", () => {
  it("allows releases up to the budget exactly, counted in fractions, and refuses the next", () => {
    const spent: (typeof tenth)[] = [];
    for (let i = 0; i < 10; i++) {
      const decision = decideRelease(one, spent, tenth);
      expect(decision.allowed).toBe(true);
      spent.push(tenth);
    }
    expect(decideRelease(one, spent, tenth)).toEqual({ allowed: false, spent: 1, remaining: 0, requested: 0.1 });
    expect(decideRelease(one, [third, third], third)).toMatchObject({ allowed: true, remainingAfter: 0 });
    expect(decideRelease(one, [third, third, third], { numerator: 1, denominator: 1000 }).allowed).toBe(false);
  });

  it("says how much is left when it refuses", () => {
    expect(decideRelease({ numerator: 2, denominator: 1 }, [one], { numerator: 3, denominator: 2 })).toEqual({ allowed: false, spent: 1, remaining: 1, requested: 1.5 });
  });
});
