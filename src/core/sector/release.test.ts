import { describe, expect, it } from "vitest";
import { mulberry32, randomInt } from "../stats/random.ts";
import { noiseHalfWidth } from "./discrete-laplace.ts";
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
