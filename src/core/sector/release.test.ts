import { describe, expect, it } from "vitest";
import { mulberry32, randomInt } from "../stats/random.ts";
import { chiSquareUpper } from "../stats/distributions.ts";
import { noiseHalfWidth, noiseProbability } from "./discrete-laplace.ts";
import { noisyRelease, releaseSensitivity } from "./release.ts";

const uniform = (() => {
  const random = mulberry32(42);
  return (n: number) => randomInt(random, n);
})();
const half = { numerator: 1, denominator: 2 };

describe("a noisy release of counts", () => {
  const histograms = [
    { key: "situatie", counts: [400, 250, 3], maxPerStory: 1 },
    { key: "hulp", counts: [120, 80, 60, 10], maxPerStory: 3 },
  ];

  it("takes the sensitivity of all histograms together and states the ± of its noise", () => {
    expect(releaseSensitivity(histograms)).toBe(4);
    const release = noisyRelease(histograms, half, 5, uniform);
    expect(release.sensitivity).toBe(4);
    expect(release.plusMinus).toBe(noiseHalfWidth(half, 4));
    expect(release.histograms.map((h) => h.counts.length)).toEqual([3, 4]);
  });

  it("hides noisy counts below the small-group threshold and leaves large counts near their value", () => {
    let hiddenSmall = 0;
    const runs = 2000;
    let sumOfNoise = 0;
    for (let run = 0; run < runs; run++) {
      const [situatie] = noisyRelease(histograms, half, 5, uniform).histograms;
      if (situatie!.counts[2] === null) hiddenSmall++;
      else expect(situatie!.counts[2]).toBeGreaterThanOrEqual(5);
      sumOfNoise += situatie!.counts[0]! - 400;
    }
    expect(hiddenSmall / runs).toBeGreaterThan(0.5); // a true 3 mostly stays hidden
    expect(Math.abs(sumOfNoise / runs)).toBeLessThan(1); // the noise on a large count averages out
  });
});

/** Pearson's p-value of noise draws against the pmf for ε = 1/2, Δ = 2, with |z| > 20 pooled per side. */
function fitToMechanism(noise: number[], cut = 20) {
  const observed = new Map<number, number>();
  for (const z of noise) {
    const cell = Math.max(-cut - 1, Math.min(cut + 1, z));
    observed.set(cell, (observed.get(cell) ?? 0) + 1);
  }
  let inside = 0;
  for (let z = -cut; z <= cut; z++) inside += noiseProbability(z, half, 2);
  let statistic = 0;
  for (let cell = -cut - 1; cell <= cut + 1; cell++) {
    const expected = (Math.abs(cell) === cut + 1 ? (1 - inside) / 2 : noiseProbability(cell, half, 2)) * noise.length;
    statistic += ((observed.get(cell) ?? 0) - expected) ** 2 / expected;
  }
  return chiSquareUpper(statistic, 2 * cut + 2);
}

describe("the noise a release adds", () => {
  it("follows the mechanism's distribution for the release's ε and Δ (chi-square, fixed seed, α = 0.001)", () => {
    const random = mulberry32(2026);
    const seeded = (n: number) => randomInt(random, n);
    const large = [{ key: "a", counts: [1000, 1000, 1000], maxPerStory: 1 }, { key: "b", counts: [1000, 1000], maxPerStory: 1 }];
    const noise: number[] = [];
    for (let run = 0; run < 20_000; run++) {
      const release = noisyRelease(large, half, 5, seeded);
      expect(release.sensitivity).toBe(2);
      for (const h of release.histograms) for (const count of h.counts) noise.push(count! - 1000);
    }
    expect(fitToMechanism(noise)).toBeGreaterThan(0.001);
    // The same test sees noise of half the size (as from twice the ε): it cannot pass by accident.
    expect(fitToMechanism(noise.map((z) => Math.trunc(z / 2)))).toBeLessThan(1e-6);
  });
});

