import { describe, expect, it } from "vitest";
import { buildWhatWorks, type WhatWorksCounts } from "./what-works.ts";

// One situation, two interventions, two outcomes (good, bad). Intervention "a": 56 of 70 good; the
// rest of the situation (intervention "b"): 48 of 80 good — Newcombe (1998b, Statistics in
// Medicine 17:873–890) Table II example (a), whose method-10 interval is 0.0524 to 0.3339.
const newcombe: WhatWorksCounts = {
  situations: ["schulden"],
  interventions: ["a", "b"],
  outcomes: ["good", "bad"],
  outcomeMultiple: false,
  totals: [[104, 46]],
  totalAnswered: [150],
  cells: [[[56, 14], [48, 32]]],
  cellAnswered: [[70, 80]],
};

const noExamples = () => [];

describe("buildWhatWorks", () => {
  it("compares each intervention with the rest of its situation (Newcombe interval, chi-square)", () => {
    const rows = buildWhatWorks(newcombe, {}, noExamples);
    const a = rows.find((r) => r.intervention === "a")!;
    expect(a).toMatchObject({ situation: "schulden", n: 70, situationN: 150, restN: 80 });
    const good = a.outcomes[0]!;
    expect(good.share).toBeCloseTo(0.8, 15);
    expect(good.baselineShare).toBeCloseTo(104 / 150, 15);
    expect(good.difference.estimate).toBeCloseTo(0.2, 15);
    expect(Math.abs(good.difference.lower - 0.0524)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(good.difference.upper - 0.3339)).toBeLessThanOrEqual(0.00005);
    // SciPy 1.17.1 chi2_contingency([[56, 14], [48, 32]], correction=False):
    // 7.023411371237456, p = 0.008045081368196585.
    expect(a.test.method).toBe("chiSquare");
    expect(a.test.statistic).toBeCloseTo(7.023411371237456, 10);
    expect(a.pValue).toBeCloseTo(0.008045081368196585, 10);
    // Two rows with the same p: BH (R's p.adjust) gives both q = p.
    expect(a.q).toBeCloseTo(a.pValue, 15);
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    // Intervention "a": 1 of 11 good; rest: 40 of 89. SciPy 1.17.1 fisher_exact → p = 0.024885839199766696.
    const counts: WhatWorksCounts = { ...newcombe, totals: [[41, 59]], totalAnswered: [100], cells: [[[1, 10], [40, 49]]], cellAnswered: [[11, 89]] };
    const a = buildWhatWorks(counts, {}, noExamples).find((r) => r.intervention === "a")!;
    expect(a.test.method).toBe("fisher");
    expect(a.pValue).toBeCloseTo(0.024885839199766696, 10);
  });

  it("leaves out rows below the minimum, ranks by q, and carries examples", () => {
    const rows = buildWhatWorks(newcombe, { minN: 75 }, (s, i) => [`story-${s}-${i}`]);
    expect(rows.map((r) => r.intervention)).toEqual(["b"]);
    expect(rows[0]!.examples).toEqual(["story-0-1"]);
  });

  it("tests each option of a multiple-choice outcome on its own", () => {
    const counts: WhatWorksCounts = { ...newcombe, outcomeMultiple: true, totals: [[104, 60]], cells: [[[56, 30], [48, 30]]] };
    const rows = buildWhatWorks(counts, {}, noExamples);
    expect(rows).toHaveLength(4);
    const aGood = rows.find((r) => r.intervention === "a" && r.outcomeOption === "good")!;
    expect(aGood.outcomes).toHaveLength(1);
    expect(aGood.pValue).toBeCloseTo(0.008045081368196585, 10);
  });
});
