import { describe, expect, it } from "vitest";
import { mulberry32, randomInt, shuffle } from "./random.ts";

// mulberry32 has no published test vectors we could cite, so these check its properties: same
// seed, same stream; values in [0, 1); moments of the uniform distribution; unbiased shuffles.
describe("mulberry32", () => {
  it("repeats its stream for a seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
  });

  it("is uniform on [0, 1): mean 1/2 and variance 1/12", () => {
    const random = mulberry32(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) = 6.5e-4; allow about 4 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0026);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it("shuffles every permutation of three items about equally often", () => {
    const random = mulberry32(1);
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const items = ["a", "b", "c"];
      shuffle(items, random);
      counts.set(items.join(""), (counts.get(items.join("")) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Each expected 10 000 times; the binomial sd is about 91, so 500 is over 5 sd.
    for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(500);
    const r = mulberry32(2);
    for (let i = 0; i < 1000; i++) expect(randomInt(r, 3)).toBeLessThan(3);
  });
});
