// The statistics library: pure functions, no I/O. Each test's reference values (R, SciPy,
// textbooks) are named in the *.test.ts file beside the function.

// Contingency tables (choice × choice).
/** Pearson's chi-square test of independence, as R's chisq.test; Cramér's V included. */
export { chiSquareTest, cramersV, expectedCounts, type ChiSquareResult, type Table } from "./contingency.ts";
/** Fisher's exact test for 2×2 tables, as R's fisher.test. */
export { fisherExact2x2, type FisherResult } from "./fisher.ts";
/** Chi-square with a seeded Monte-Carlo p-value, as R's chisq.test(simulate.p.value = TRUE). */
export { monteCarloChiSquare, type MonteCarloResult } from "./monteCarloChiSquare.ts";
/** Picks chi-square, Fisher or Monte-Carlo by expected counts, and runs it. */
export { chooseIndependenceMethod, chooseIndependenceTest, type IndependenceResult } from "./independence.ts";

// Shares.
/** Wilson interval for a share; Newcombe hybrid score interval for a difference of two shares. */
export { proportionDifference, wilsonInterval, type DifferenceInterval, type ProportionInterval } from "./proportions.ts";
/** Benjamini–Hochberg q-values, as R's p.adjust(method = "BH"). */
export { benjaminiHochberg } from "./multipleTesting.ts";

// Means.
/** Difference of two means with Welch's t interval and test, as R's t.test(x, y). */
export { welchFromMoments, welchTest, type Moments, type WelchResult } from "./welch.ts";

// Rank tests for dyads, scales and single triad corners.
/** Mann–Whitney U with rank-biserial r, as R's wilcox.test(exact = FALSE, correct = TRUE). */
export { mannWhitneyU, type MannWhitneyResult } from "./mannWhitney.ts";
/** Kruskal–Wallis H with ε², as R's kruskal.test. */
export { kruskalWallis, type KruskalWallisResult } from "./kruskalWallis.ts";
/** Paired Wilcoxon signed-rank with matched-pairs rank-biserial r, as R's wilcox.test(paired = TRUE). */
export { wilcoxonSignedRank, type SignedRankResult } from "./wilcoxonSignedRank.ts";

// Triads as compositions.
/** Closure, zero replacement, clr/ilr coordinates, compositional mean, Aitchison distance. */
export { aitchisonDistance, closure, clr, compositionalMean, DELTA, ilr, ilrInto, ilrInverse, ilrOf, ilrMean, replaceZeros, type Triad } from "./composition.ts";
/** Permutation test (seeded, exact when small) and Hotelling's T² for triad position between groups. */
export { triadHotelling, triadPermutationTest, triadPositionTest, type PermutationResult } from "./triadTests.ts";
/** Two-sample Hotelling's T² for 2-D points (ilr coordinates, stones). */
export { type Coordinates, coordinatesOf, hotellingT2, hotellingT2Of, type HotellingResult, type Point } from "./hotelling.ts";

// Agreement.
/** Krippendorff's alpha for nominal and interval data, missing values allowed. */
export { krippendorffAlphaInterval, krippendorffAlphaNominal, unitsFromCoders, type AlphaResult } from "./krippendorff.ts";
/** Distances between answers and their mean over all pairs. */
export {
  dyadDistance,
  meanPairwiseAitchisonDistance,
  meanPairwiseDistance,
  meanPairwiseDyadDistance,
  meanPairwiseTriadDistance,
  triadDistance,
} from "./distances.ts";

// Descriptives and shading.
/** Mean, variance, median, R type-7 quantiles, histogram counts on [0, 1]. */
export { histogramUnit, mean, median, quantile, quantiles, variance, type Histogram } from "./descriptives.ts";
/** Gaussian kernel density of triads on a triangular grid, for shading. */
export { scottBandwidth, ternaryDensity, ternaryNode, ternaryNodeIndex, triadToPlane, type TernaryDensity } from "./ternaryDensity.ts";
/** Seeded PRNG, so resampling p-values are reproducible. */
export { DEFAULT_SEED, mulberry32, type Random } from "./random.ts";
/** How many stories a comparison needs (power.prop.test), and when an exact test can say nothing. */
export { ALPHA, detectableDifference, POWER, signedRankMinimumN, signedRankSmallestP, twoProportionPower, twoProportionSampleSize } from "./power.ts";
