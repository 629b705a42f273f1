// A release of an organization's counts to its sector: every cell gets discrete Laplace noise, then
// cells whose *noisy* value is below the small-group threshold are hidden. Hiding on the noisy value
// is part of the mechanism's post-processing and keeps its guarantee; hiding on the true count would
// itself reveal something about the data.
import { type Epsilon, geometricNoise, noiseHalfWidth, type UniformInt } from "./discrete-laplace.ts";

/** Counts of one question (per option, slider bin or triad grid point) for one month. */
export interface CountHistogram {
  key: string;
  counts: readonly number[];
  /** The most cells one story can add 1 to: 1 for a single choice, the option count for a multiple choice. */
  maxPerStory: number;
}

export interface NoisyHistogram {
  key: string;
  /** null: hidden, the noisy count was below the small-group threshold. */
  counts: (number | null)[];
}

export interface NoisyRelease {
  epsilon: Epsilon;
  /** How much one story can change all counts of the release together (L1). */
  sensitivity: number;
  /** 95% of the noise lies within ± this, for every count of the release. */
  plusMinus: number;
  histograms: NoisyHistogram[];
}

/** One story adds to at most maxPerStory cells of each histogram; the release's sensitivity is the sum. */
export const releaseSensitivity = (histograms: readonly CountHistogram[]) => histograms.reduce((sum, h) => sum + h.maxPerStory, 0);

export function noisyRelease(histograms: readonly CountHistogram[], epsilon: Epsilon, smallGroup: number, uniform: UniformInt): NoisyRelease {
  const sensitivity = Math.max(1, releaseSensitivity(histograms));
  return {
    epsilon,
    sensitivity,
    plusMinus: noiseHalfWidth(epsilon, sensitivity),
    histograms: histograms.map(({ key, counts }) => ({
      key,
      counts: counts.map((count) => {
        const noisy = count + geometricNoise(epsilon, sensitivity, uniform);
        return noisy < smallGroup ? null : noisy;
      }),
    })),
  };
}
