import { describe, expect, it } from "vitest";
import { mulberry32, randomInt } from "../stats/random.ts";
import { geometricNoise, noiseVariance } from "./discrete-laplace.ts";
import { noisyShare, shareDifference, sharesOf, whatWorksCells } from "./intervals.ts";

const half = { numerator: 1, denominator: 2 };

describe("shares of noisy counts", () => {
  it("without noise are the usual Wald interval, and widen with the noise's variance", () => {
    const plain = noisyShare({ count: 30, variance: 0 }, { count: 70, variance: 0 })!;
    expect(plain.share).toBeCloseTo(0.3);
    expect(plain.upper - plain.share).toBeCloseTo(1.96 * Math.sqrt((0.3 * 0.7) / 100));
    const noisy = noisyShare({ count: 30, variance: 50 }, { count: 70, variance: 50 })!;
    expect(noisy.upper - noisy.lower).toBeGreaterThan(plain.upper - plain.lower);
    expect(noisyShare({ count: 0, variance: 9 }, { count: 0, variance: 9 })).toBeUndefined();
    expect(sharesOf([{ count: -3, variance: 9 }, { count: 10, variance: 9 }])[0]!.share).toBe(0);
  });

  it("cover the true share about 95 times in 100 when the counts are drawn and noised as a release is", () => {
    const random = mulberry32(7);
    const uniform = (n: number) => randomInt(random, n);
    const truth = 0.3;
    const variance = 4 * noiseVariance(half, 1); // four organizations' releases added up
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      let hits = 0;
      for (let i = 0; i < 120; i++) if (random() < truth) hits++;
      const noise = () => Array.from({ length: 4 }, () => geometricNoise(half, 1, uniform)).reduce((a, b) => a + b, 0);
      const share = noisyShare({ count: hits + noise(), variance }, { count: 120 - hits + noise(), variance })!;
      if (share.lower <= truth && truth <= share.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.975);
  });

  it("without the noise's variance the interval would cover too rarely (the noise matters)", () => {
    const random = mulberry32(11);
    const uniform = (n: number) => randomInt(random, n);
    let covered = 0;
    for (let t = 0; t < 2000; t++) {
      let hits = 0;
      for (let i = 0; i < 40; i++) if (random() < 0.5) hits++;
      const share = noisyShare({ count: hits + geometricNoise(half, 3, uniform), variance: 0 }, { count: 40 - hits + geometricNoise(half, 3, uniform), variance: 0 });
      if (share && share.lower <= 0.5 && 0.5 <= share.upper) covered++;
    }
    expect(covered / 2000).toBeLessThan(0.9);
  });
});

describe("what works in the sector", () => {
  it("compares each intervention's outcome share with the situation's other interventions", () => {
    const cell = (name: string, count: number) => ({ cell: name, count, variance: 2, plusMinus: 3, hidden: 0, releases: 1 });
    const rows = whatWorksCells([
      cell("schulden|bezoek|beter", 40), cell("schulden|bezoek|gelijk", 10),
      cell("schulden|bellen|beter", 20), cell("schulden|bellen|gelijk", 30),
      cell("werk|bezoek|beter", 5), cell("werk|bezoek|gelijk", 5),
    ]);
    const visit = rows.find((r) => r.situation === "schulden" && r.intervention === "bezoek")!;
    expect(visit.n).toEqual({ count: 50, variance: 4 });
    const better = visit.outcomes.find((o) => o.outcome === "beter")!;
    expect(better.share!.share).toBeCloseTo(0.8);
    expect(better.rest!.share).toBeCloseTo(0.4);
    expect(better.difference!.difference).toBeCloseTo(0.4);
    expect(better.difference!.lower).toBeGreaterThan(0);
    expect(shareDifference(better.rest!, better.share!)).toEqual(better.difference);
    // The only intervention in its situation has nothing to compare with.
    expect(rows.find((r) => r.situation === "werk")!.outcomes[0]!.rest).toBeUndefined();
  });
});
