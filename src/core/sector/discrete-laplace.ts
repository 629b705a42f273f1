// Noise for the counts an organization shares with its sector: the two-sided geometric ("discrete
// Laplace") mechanism of differential privacy. A count n is released as n + Z, where
// P(Z = z) = (1 − α)/(1 + α) · α^|z| with α = exp(−ε/Δ); Δ is how much one story can change the
// released counts together (their L1 sensitivity). Then any one story changes the probability of
// any release by at most a factor e^ε.
//
// Why not the textbook Laplace noise with floating point: sampling it with doubles leaks, because
// the doubles a sampler can produce around n and around n + 1 differ (Mironov 2012, "On significance
// of the least significant bits for differential privacy"). Here ε is a fraction of integers and the
// sampler uses only exact integer coin flips (Canonne, Kamath & Steinke 2020, "The Discrete Gaussian
// for Differential Privacy", Algorithms 1 and 2), so every probability is what the formula says.

/** A uniform integer in [0, n): node:crypto's randomInt in production, a seeded source in tests. */
export type UniformInt = (n: number) => number;

/** ε as a fraction, so the sampler's probabilities stay exact. */
export interface Epsilon {
  numerator: number;
  denominator: number;
}

export const epsilonValue = ({ numerator, denominator }: Epsilon) => numerator / denominator;

function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${what} must be a positive whole number, not ${value}`);
}

/** true with probability numerator/denominator, exactly. */
function bernoulli(numerator: number, denominator: number, uniform: UniformInt): boolean {
  return uniform(denominator) < numerator;
}

/** true with probability exp(−γ) for γ = numerator/denominator in [0, 1] (CKS 2020, Algorithm 1). */
function bernoulliExpAtMostOne(numerator: number, denominator: number, uniform: UniformInt): boolean {
  let k = 1;
  while (bernoulli(numerator, denominator * k, uniform)) k++;
  return k % 2 === 1;
}

/** true with probability exp(−numerator/denominator), for any fraction ≥ 0. */
export function bernoulliExpMinus(numerator: number, denominator: number, uniform: UniformInt): boolean {
  const whole = Math.floor(numerator / denominator);
  for (let i = 0; i < whole; i++) {
    if (!bernoulliExpAtMostOne(1, 1, uniform)) return false;
  }
  return bernoulliExpAtMostOne(numerator - whole * denominator, denominator, uniform);
}

/**
 * One draw Z with P(Z = z) ∝ exp(−|z|·s/t), for positive integers s and t (CKS 2020, Algorithm 2):
 * a geometric magnitude built from exact coin flips, a fair sign, and zero counted once.
 */
export function sampleDiscreteLaplace(s: number, t: number, uniform: UniformInt): number {
  assertPositiveInteger(s, "s");
  assertPositiveInteger(t, "t");
  for (;;) {
    const u = uniform(t);
    if (!bernoulliExpMinus(u, t, uniform)) continue;
    let v = 0;
    while (bernoulliExpMinus(1, 1, uniform)) v++;
    const magnitude = Math.floor((u + t * v) / s);
    const negative = bernoulli(1, 2, uniform);
    if (negative && magnitude === 0) continue;
    return negative ? -magnitude : magnitude;
  }
}

/** Noise for counts whose L1 sensitivity is `sensitivity`, giving ε-differential privacy. */
export function geometricNoise(epsilon: Epsilon, sensitivity: number, uniform: UniformInt): number {
  assertPositiveInteger(sensitivity, "sensitivity");
  return sampleDiscreteLaplace(epsilon.numerator, epsilon.denominator * sensitivity, uniform);
}

/** α = exp(−ε/Δ): the ratio between the probabilities of noise z and z + 1 (away from zero). */
export const noiseRatio = (epsilon: Epsilon, sensitivity: number) => Math.exp(-epsilonValue(epsilon) / sensitivity);

/** P(Z = z) for the noise of geometricNoise(epsilon, sensitivity). */
export function noiseProbability(z: number, epsilon: Epsilon, sensitivity: number): number {
  const alpha = noiseRatio(epsilon, sensitivity);
  return ((1 - alpha) / (1 + alpha)) * alpha ** Math.abs(z);
}

/** The variance of that noise, 2α/(1 − α)²: what a sum of noisy counts adds up to. */
export function noiseVariance(epsilon: Epsilon, sensitivity: number): number {
  const alpha = noiseRatio(epsilon, sensitivity);
  return (2 * alpha) / (1 - alpha) ** 2;
}

/**
 * The smallest h with P(|Z| ≤ h) ≥ confidence: the "± h" shown beside a noisy count.
 * P(|Z| > h) = 2α^(h+1)/(1 + α), solved for h and rounded up.
 */
export function noiseHalfWidth(epsilon: Epsilon, sensitivity: number, confidence = 0.95): number {
  const alpha = noiseRatio(epsilon, sensitivity);
  const h = Math.ceil(Math.log(((1 - confidence) * (1 + alpha)) / 2) / Math.log(alpha) - 1);
  return Math.max(0, h);
}
