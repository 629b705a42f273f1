import { describe, expect, it } from "vitest";
import { coordinatesOf } from "../stats/index.ts";
import { countedLevels } from "../../testing/level-counts.ts";
import { compareSignifier, compareSignifiers, type LevelCounts, type TriadColumns } from "./comparison.ts";

// Reference values from SciPy 1.17.1 (Python 3):
//   scipy.stats.chi2_contingency(t, correction=False) and scipy.stats.mannwhitneyu(b, a,
//   use_continuity=True, method="asymptotic"), the same as R's chisq.test(t) for tables larger than
//   2 × 2, chisq.test(t, correct = FALSE) and wilcox.test(b, a, exact = FALSE, correct = TRUE).
describe("compareSignifier", () => {
  it("tests a single choice with chi-square and Cramér's V", () => {
    const s = compareSignifier({ type: "choice", signifierId: "x", multiple: false, options: ["p", "q", "r"], a: { answered: 38, counts: [10, 20, 8] }, b: { answered: 44, counts: [25, 10, 9] } });
    expect(s).toMatchObject({ method: "chiSquare", nA: 38, nB: 44, effect: { measure: "cramersV" } });
    expect(s.statistic).toBeCloseTo(9.432203503410934, 10);
    expect(s.pValue).toBeCloseTo(0.008949999955159662, 12);
    expect(s.effect.value).toBeCloseTo(0.33915611743386886, 12);
  });

  it("gives each option's shift in share with the Newcombe interval", () => {
    // Newcombe (1998b, Statistics in Medicine 17:873–890) Table II example (a): 56/70 against
    // 48/80, method-10 interval 0.0524 to 0.3339. Chi-square (uncorrected, SciPy): 7.023411371237457, p 0.008045081368196582.
    const s = compareSignifier({ type: "choice", signifierId: "x", multiple: false, options: ["goed", "slecht"], a: { answered: 80, counts: [48, 32] }, b: { answered: 70, counts: [56, 14] } });
    if (s.type !== "choice") throw new Error("choice expected");
    const good = s.options[0]!;
    expect(good.shareA).toBeCloseTo(0.6, 15);
    expect(good.shareB).toBeCloseTo(0.8, 15);
    expect(good.difference.estimate).toBeCloseTo(0.2, 15);
    expect(Math.abs(good.difference.lower - 0.0524)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(good.difference.upper - 0.3339)).toBeLessThanOrEqual(0.00005);
    expect(s.statistic).toBeCloseTo(7.023411371237457, 10);
    expect(s.pValue).toBeCloseTo(0.008045081368196582, 12);
  });

  it("tests each option of a multiple choice and adjusts the smallest p-value (Bonferroni)", () => {
    // Option p: [[12, 18], [25, 5]] X² 11.915393654524088, p 0.000556719721086169;
    // option q: [[5, 25], [6, 24]] X² 0.11131725417439703, p 0.7386494157282615.
    const s = compareSignifier({ type: "choice", signifierId: "x", multiple: true, options: ["p", "q"], a: { answered: 30, counts: [12, 5] }, b: { answered: 30, counts: [25, 6] } });
    if (s.type !== "choice") throw new Error("choice expected");
    expect(s.method).toBe("bonferroniPerOption");
    expect(s.options[0]!.pValue).toBeCloseTo(0.000556719721086169, 14);
    expect(s.options[1]!.pValue).toBeCloseTo(0.7386494157282615, 12);
    expect(s.pValue).toBeCloseTo(2 * 0.000556719721086169, 14);
    expect(s.effect).toEqual({ measure: "riskDifference", value: 25 / 30 - 12 / 30 });
  });

  it("tests a dyad with Mann–Whitney, B against A, and the rank-biserial r", () => {
    const a = [0.1, 0.2, 0.3, 0.35, 0.5];
    const b = [0.4, 0.6, 0.65, 0.7, 0.9, 0.3];
    // R 4.2.2: b <- c(0.4, 0.6, 0.65, 0.7, 0.9, 0.3); a <- c(0.1, 0.2, 0.3, 0.35, 0.5)
    // wilcox.test(b, a, exact = FALSE, correct = TRUE) -> W = 26.5, p-value = 0.04412556954959;
    // effectsize 0.8.3 rank_biserial(b, a)$r_rank_biserial -> 0.7666666666666666 (= 2 · 26.5 / 30 − 1;
    // NumPy np.mean(np.sign(b[:, None] - a[None, :])) -> 0.7666666666666667, Kerby's f − u).
    const s = compareSignifier({ type: "dyad", signifierId: "d", ...countedLevels(a, b) });
    expect(s).toMatchObject({ method: "mannWhitney", statistic: 26.5, nA: 5, nB: 6, medianA: 0.3, medianB: 0.625 });
    expect(s.pValue).toBeCloseTo(0.04412556954959262, 12);
    expect(s.effect.value).toBeCloseTo(0.7666666666666666, 12);
    if (s.type === "dyad") expect(s.meanA).toBeCloseTo(0.29, 12);
  });

  it("ranks from counts per value: values neither period holds change nothing", () => {
    const a = [2, 4, 6, 7, 10, -3, 7, 0];
    const b = [8, 12, 13, 14, 18, 6, 6, 6];
    const counted = countedLevels(a, b);
    const s = compareSignifier({ type: "scale", signifierId: "s", ...counted });
    // Ties at 6 and 7. SciPy 1.17.1: mannwhitneyu(b, a, use_continuity=True, method="asymptotic")
    // -> U 52.5, p 0.03420745373459844; np.median(a), np.median(b) -> 5.0, 10.0.
    expect(s).toMatchObject({ statistic: 52.5, medianA: 5, medianB: 10, meanA: 33 / 8, meanB: 83 / 8 });
    expect(s.pValue).toBeCloseTo(0.03420745373459844, 12);
    // The index counts over every value its column has held, some of them in no period.
    const levels = [...counted.levels, -10, 5.5, 100].sort((x, y) => x - y);
    const pad = (c: LevelCounts) => ({ ...c, counts: levels.map((l) => (counted.levels.includes(l) ? c.counts[counted.levels.indexOf(l)]! : 0)) });
    expect(compareSignifier({ type: "scale", signifierId: "s", levels, a: pad(counted.a), b: pad(counted.b) })).toEqual(s);
  });

  it("gives a triad's per-corner mean difference and a test on ilr coordinates", () => {
    const a = [[0.6, 0.2, 0.2], [0.5, 0.3, 0.2], [0.7, 0.2, 0.1], [0.6, 0.3, 0.1]] as const;
    const b = [[0.2, 0.2, 0.6], [0.1, 0.3, 0.6], [0.2, 0.3, 0.5], [0.3, 0.2, 0.5]] as const;
    // Both periods in one set of columns, with a row that did not answer (NaN) between them.
    const parts = [0, 1, 2].map((k) => Float64Array.from([...a, [Number.NaN, Number.NaN, Number.NaN], ...b], (t) => t[k]!)) as unknown as TriadColumns;
    const s = compareSignifier({ type: "triad", signifierId: "t", parts, a: Int32Array.of(0, 1, 2, 3, 4), b: Int32Array.of(4, 5, 6, 7, 8) });
    if (s.type !== "triad") throw new Error("triad expected");
    expect(s.meanDifference![0]).toBeCloseTo(0.2 - 0.6, 12);
    expect(s.meanDifference![2]).toBeCloseTo(0.55 - 0.15, 12);
    // Hotelling's two-sample T² on pivot ilr coordinates, computed with NumPy 2.4.6 / SciPy 1.17.1
    // (pooled covariance, F = (n − 3) / (2 (n − 2)) · T², scipy.stats.f.sf; the code is in
    // core/stats/hotelling.test.ts): T² 54.25192473233757, F 22.604968638473988, p 0.003129326037826856;
    // distance between the ilr means 1.781850711946346. R 4.2.2, as a one-way MANOVA (Hotelling–Lawley
    // F is exact for two groups):
    //   ilr <- function(t) cbind(sqrt(2/3) * log(t[, 1] / sqrt(t[, 2] * t[, 3])), sqrt(1/2) * log(t[, 2] / t[, 3]))
    //   ca <- rbind(c(0.6, 0.2, 0.2), c(0.5, 0.3, 0.2), c(0.7, 0.2, 0.1), c(0.6, 0.3, 0.1))
    //   cb <- rbind(c(0.2, 0.2, 0.6), c(0.1, 0.3, 0.6), c(0.2, 0.3, 0.5), c(0.3, 0.2, 0.5))
    //   summary(manova(ilr(rbind(ca, cb)) ~ factor(rep(1:2, c(4, 4)))), test = "Hotelling-Lawley")$stats
    //   -> Hotelling-Lawley 9.041987455389588 (T² = 6 · HL = 54.25192473233753), approx F 22.60496863847397,
    //      df 2 and 5, Pr(>F) 0.003129326037826861
    //   sqrt(sum((colMeans(ilr(cb)) - colMeans(ilr(ca)))^2)) -> 1.781850711946346
    expect(s.statistic).toBeCloseTo(22.604968638473988, 9);
    expect(s.pValue).toBeCloseTo(0.003129326037826856, 12);
    expect(s.effect.value).toBeCloseTo(1.781850711946346, 12);
  });

  it("tests each stones item with Hotelling's T² on (x, y) and adjusts the smallest p-value (Bonferroni)", () => {
    const inwoner = {
      id: "inwoner",
      a: [[0.2, 0.3], [0.3, 0.2], [0.25, 0.4], [0.1, 0.35], [0.35, 0.3]] as [number, number][],
      b: [[0.6, 0.7], [0.5, 0.8], [0.7, 0.6], [0.55, 0.65], [0.8, 0.9], [0.45, 0.7]] as [number, number][],
    };
    const buur = {
      id: "buur",
      a: [[0.5, 0.5], [0.6, 0.4], [0.4, 0.6], [0.45, 0.4]] as [number, number][],
      b: [[0.5, 0.6], [0.65, 0.5], [0.4, 0.55], [0.6, 0.7]] as [number, number][],
    };
    // Two points in A and none in B: a mean for A, nothing to test, and no part in the Bonferroni m.
    const hulpverlener = { id: "hulpverlener", a: [[0.1, 0.9], [0.2, 0.8]] as [number, number][], b: [] };
    const asColumns = ({ id, a, b }: { id: string; a: [number, number][]; b: [number, number][] }) => ({ id, a: coordinatesOf(a), b: coordinatesOf(b) });
    const s = compareSignifier({ type: "stones", signifierId: "gevoel", nA: 6, nB: 6, items: [inwoner, buur, hulpverlener].map(asColumns) });
    if (s.type !== "stones") throw new Error("stones expected");
    // NumPy 2.4.6 / SciPy 1.17.1, pooled covariance and F = (n − 3) / (2 (n − 2)) · T²:
    //   s = ((n1 - 1) * np.cov(a.T) + (n2 - 1) * np.cov(b.T)) / (n - 2); d = b.mean(0) - a.mean(0)
    //   t2 = n1 * n2 / n * d @ np.linalg.solve(s, d); scipy.stats.f.sf(f, 2, n - 3); np.hypot(*d)
    //   inwoner -> T² 71.40765022222737, F 31.736733432101055, p 0.00015695695136226222,
    //              d (0.36, 0.415), length 0.5493860209360992
    //   buur    -> T² 4.581992170508923, F 1.909163404378718, p 0.24208034872307096,
    //              d (0.05, 0.1125), length 0.12311072252245135
    // R 4.2.2, as a one-way MANOVA (T² = (n − 2) · Hotelling–Lawley):
    //   a <- rbind(c(0.2, 0.3), c(0.3, 0.2), c(0.25, 0.4), c(0.1, 0.35), c(0.35, 0.3))
    //   b <- rbind(c(0.6, 0.7), c(0.5, 0.8), c(0.7, 0.6), c(0.55, 0.65), c(0.8, 0.9), c(0.45, 0.7))
    //   summary(manova(rbind(a, b) ~ factor(rep(1:2, c(5, 6)))), test = "Hotelling-Lawley")$stats
    //   -> Hotelling-Lawley 7.934183358025267, approx F 31.73673343210107, df 2 and 8, Pr(>F) 0.0001569569513622621
    //   (buur, c(4, 4)) -> Hotelling-Lawley 0.7636653617514874, approx F 1.909163404378718, df 2 and 5, Pr(>F) 0.2420803487230708
    const [i, b, h] = s.items;
    expect(i).toMatchObject({ id: "inwoner", nA: 5, nB: 6 });
    expect(i!.meanA![0]).toBeCloseTo(0.24, 12);
    expect(i!.meanB![1]).toBeCloseTo(0.725, 12);
    expect(i!.shift!.dx).toBeCloseTo(0.36, 12);
    expect(i!.shift!.dy).toBeCloseTo(0.415, 12);
    expect(i!.t2).toBeCloseTo(71.40765022222737, 9);
    expect(i!.statistic).toBeCloseTo(31.736733432101055, 9);
    expect(i!.pValue).toBeCloseTo(0.00015695695136226222, 14);
    expect(b!.statistic).toBeCloseTo(1.909163404378718, 10);
    expect(b!.pValue).toBeCloseTo(0.24208034872307096, 12);
    expect(b!.shift!.length).toBeCloseTo(0.12311072252245135, 12);
    expect(h).toMatchObject({ nA: 2, nB: 0, meanB: null, shift: null, t2: null, statistic: null, pValue: null });
    expect(h!.meanA![0]).toBeCloseTo(0.15, 12);
    expect(s).toMatchObject({ method: "hotellingPerItem", statistic: null, nA: 6, nB: 6, effect: { measure: "largestMeanShift" } });
    expect(s.pValue).toBeCloseTo(2 * 0.00015695695136226222, 14);
    expect(s.effect.value).toBeCloseTo(0.5493860209360992, 12);
  });

  it("reports nothing to test for stones on a line, and no p-value when no item could be tested", () => {
    const onLine = [[0.1, 0.5], [0.2, 0.5], [0.3, 0.5]] as [number, number][];
    const s = compareSignifier({ type: "stones", signifierId: "gevoel", nA: 3, nB: 3, items: [{ id: "inwoner", a: coordinatesOf(onLine), b: coordinatesOf(onLine.map(([x, y]) => [x + 0.2, y] as [number, number])) }] });
    if (s.type !== "stones") throw new Error("stones expected");
    expect(s.items[0]).toMatchObject({ statistic: null, pValue: null, shift: { dy: 0 } });
    expect(s.items[0]!.shift!.length).toBeCloseTo(0.2, 12);
    expect(s.pValue).toBeNull();
    expect(s.effect.value).toBeCloseTo(0.2, 12);
  });

  it("reports nothing to test when a period has no answers, and q-values over the rest", () => {
    const shifts = compareSignifiers([
      { type: "dyad", signifierId: "leeg", ...countedLevels([], [0.5]) },
      { type: "choice", signifierId: "x", multiple: false, options: ["goed", "slecht"], a: { answered: 80, counts: [48, 32] }, b: { answered: 70, counts: [56, 14] } },
    ]);
    expect(shifts[0]).toMatchObject({ pValue: null, qValue: null, meanA: null });
    expect(shifts[1]!.qValue).toBeCloseTo(0.008045081368196582, 12);
  });
});

