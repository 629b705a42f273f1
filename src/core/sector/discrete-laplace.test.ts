import { randomInt as cryptoRandomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chiSquareUpper } from "../stats/distributions.ts";
import { mulberry32, randomInt } from "../stats/random.ts";
import {
  bernoulliExpMinus, type Epsilon, geometricNoise, noiseHalfWidth, noiseProbability, noiseVariance, type UniformInt,
} from "./discrete-laplace.ts";

const seeded = (seed: number): UniformInt => {
  const random = mulberry32(seed);
  return (n) => randomInt(random, n);
};

const draws = (epsilon: Epsilon, sensitivity: number, n: number, uniform: UniformInt) =>
  Array.from({ length: n }, () => geometricNoise(epsilon, sensitivity, uniform));

/** Pearson's goodness of fit of draws to the mechanism's pmf, with |z| > cut pooled per side. */
function goodnessOfFit(samples: number[], epsilon: Epsilon, sensitivity: number, cut: number) {
  const observed = new Map<number, number>();
  for (const z of samples) {
    const cell = Math.max(-cut - 1, Math.min(cut + 1, z));
    observed.set(cell, (observed.get(cell) ?? 0) + 1);
  }
  let tail = 0;
  for (let z = 0; z <= cut; z++) tail += noiseProbability(z, epsilon, sensitivity) * (z === 0 ? 1 : 2);
  let statistic = 0;
  for (let cell = -cut - 1; cell <= cut + 1; cell++) {
    const p = Math.abs(cell) === cut + 1 ? (1 - tail) / 2 : noiseProbability(cell, epsilon, sensitivity);
    const expected = p * samples.length;
    statistic += ((observed.get(cell) ?? 0) - expected) ** 2 / expected;
  }
  return chiSquareUpper(statistic, 2 * cut + 2);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

describe("exact coin flips", () => {
  it.each([[3, 10], [1, 1], [5, 2]])("Bernoulli(exp(−%i/%i)) comes up with that frequency", (numerator, denominator) => {
    const uniform = seeded(7 + numerator);
    const n = 200_000;
    let heads = 0;
    for (let i = 0; i < n; i++) if (bernoulliExpMinus(numerator, denominator, uniform)) heads++;
    const p = Math.exp(-numerator / denominator);
    expect(Math.abs(heads / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe("the two-sided geometric mechanism", () => {
  // Deterministic seeds: the test cannot flake, and a sampler error shows as a tiny p-value.
  it.each([
    [{ numerator: 1, denominator: 2 }, 1, 14],
    [{ numerator: 1, denominator: 1 }, 3, 24],
    [{ numerator: 2, denominator: 1 }, 1, 5],
  ])("draws follow P(z) = (1 − α)/(1 + α)·α^|z| for ε = %o, Δ = %i", (epsilon, sensitivity, cut) => {
    const samples = draws(epsilon, sensitivity, 100_000, seeded(2026 + sensitivity));
    expect(goodnessOfFit(samples, epsilon, sensitivity, cut)).toBeGreaterThan(0.001);
    expect(Math.abs(mean(samples))).toBeLessThan(5 * Math.sqrt(noiseVariance(epsilon, sensitivity) / samples.length));
    expect(variance(samples) / noiseVariance(epsilon, sensitivity)).toBeCloseTo(1, 1);
  });

  it("works on node:crypto's randomness, as the server uses it", () => {
    const epsilon = { numerator: 1, denominator: 2 };
    const samples = draws(epsilon, 1, 50_000, cryptoRandomInt);
    // Six standard errors: a failure by chance is about one in a billion.
    expect(Math.abs(mean(samples))).toBeLessThan(6 * Math.sqrt(noiseVariance(epsilon, 1) / samples.length));
    expect(Math.abs(variance(samples) / noiseVariance(epsilon, 1) - 1)).toBeLessThan(0.1);
  });

  it("changes the probability of any noisy count by at most e^(ε/Δ) when the true count moves by one", () => {
    const epsilon = { numerator: 1, denominator: 2 };
    for (const sensitivity of [1, 4]) {
      for (let released = -30; released <= 30; released++) {
        const ratio = noiseProbability(released - 10, epsilon, sensitivity) / noiseProbability(released - 11, epsilon, sensitivity);
        expect(Math.max(ratio, 1 / ratio)).toBeLessThanOrEqual(Math.exp(0.5 / sensitivity) * (1 + 1e-12));
      }
    }
  });

  it.each([[{ numerator: 1, denominator: 2 }, 1], [{ numerator: 1, denominator: 10 }, 4], [{ numerator: 3, denominator: 1 }, 1]])(
    "states the smallest ± that holds 95 in 100 noise draws, for ε = %o and Δ = %i",
    (epsilon, sensitivity) => {
      const h = noiseHalfWidth(epsilon, sensitivity);
      const within = (w: number) => Array.from({ length: 2 * w + 1 }, (_, i) => noiseProbability(i - w, epsilon, sensitivity)).reduce((a, b) => a + b, 0);
      expect(within(h)).toBeGreaterThanOrEqual(0.95);
      if (h > 0) expect(within(h - 1)).toBeLessThan(0.95);
    },
  );

  it("refuses an ε or sensitivity it cannot sample exactly", () => {
    expect(() => geometricNoise({ numerator: 0.5, denominator: 1 }, 1, seeded(1))).toThrow(/whole number/);
    expect(() => geometricNoise({ numerator: 1, denominator: 2 }, 0, seeded(1))).toThrow(/whole number/);
  });
});
