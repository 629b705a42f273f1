// Themes: groups of stories that use the same words, found without labels (unsupervised). Each story
// becomes a TF-IDF vector over Dutch stems; spherical k-means (k-means on unit vectors with cosine
// similarity; Dhillon & Modha, 2001) with k-means++ seeding (Arthur & Vassilvitskii, 2007) groups
// them; a theme is labelled by the stems that weigh most in its centre and by the stories closest to
// it. k-means can settle in a poor grouping from a poor start, so it runs from several starts and
// keeps the most cohesive. The seed fixes every random choice, so the same stories and seed give the
// same themes.
import { mulberry32, type Random } from "../stats/random.ts";
import { documentFrequencies, type TermCounts } from "./tfidf.ts";

export interface ThemeDocument {
  id: string;
  counts: TermCounts;
}

export interface ThemeOptions {
  k: number;
  seed: number;
  topTerms?: number;
  examples?: number;
  maxIterations?: number;
  /** k-means runs from different starts (drawn from the one seed); the most cohesive one is kept. */
  restarts?: number;
  /** Stems in more than this share of the stories say nothing about a theme. */
  maxDocumentShare?: number;
  maxVocabulary?: number;
}

export interface Theme {
  terms: string[];
  size: number;
  /** The stories closest to the theme's centre, closest first. */
  exampleIds: string[];
}

export interface ThemeResult {
  themes: Theme[];
  /** Stories with no stem in the vocabulary (too short, or only rare or common words). */
  unthemed: number;
  vocabulary: number;
  iterations: number;
}

interface Vector {
  id: string;
  terms: Int32Array;
  weights: Float64Array;
}

/** Stems that at least two stories share and not nearly all stories use, most widely shared first. */
function vocabularyOf(documents: readonly ThemeDocument[], maxShare: number, maxSize: number): Map<string, number> {
  const df = documentFrequencies(documents.map((d) => d.counts));
  const limit = Math.max(2, Math.floor(maxShare * documents.length));
  const kept = [...df].filter(([, n]) => n >= 2 && n <= limit).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxSize);
  return new Map(kept.map(([term, n]) => [term, Math.log((1 + documents.length) / (1 + n)) + 1]));
}

function vectorize(documents: readonly ThemeDocument[], vocabulary: Map<string, number>): Vector[] {
  const index = new Map([...vocabulary.keys()].map((term, i) => [term, i]));
  const vectors: Vector[] = [];
  for (const doc of documents) {
    const entries = [...doc.counts].filter(([term]) => index.has(term)).map(([term, count]) => [index.get(term)!, count * vocabulary.get(term)!] as const);
    if (!entries.length) continue;
    const length = Math.hypot(...entries.map(([, w]) => w));
    vectors.push({ id: doc.id, terms: Int32Array.from(entries, ([t]) => t), weights: Float64Array.from(entries, ([, w]) => w / length) });
  }
  return vectors;
}

const similarity = (centre: Float64Array, v: Vector) => {
  let sum = 0;
  for (let i = 0; i < v.terms.length; i++) sum += centre[v.terms[i]!]! * v.weights[i]!;
  return sum;
};

function centreOf(v: Vector, size: number): Float64Array {
  const centre = new Float64Array(size);
  for (let i = 0; i < v.terms.length; i++) centre[v.terms[i]!] = v.weights[i]!;
  return centre;
}

/** k-means++: each next centre is a story drawn with probability ∝ its squared distance to the nearest centre so far. */
function seedCentres(vectors: Vector[], k: number, size: number, random: Random): Float64Array[] {
  const centres = [centreOf(vectors[Math.floor(random() * vectors.length)]!, size)];
  const nearest = vectors.map((v) => 1 - similarity(centres[0]!, v));
  while (centres.length < k) {
    const weights = nearest.map((d) => Math.max(0, d) ** 2);
    const total = weights.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let r = random() * total;
      while (pick < vectors.length - 1 && (r -= weights[pick]!) > 0) pick++;
    } else pick = Math.floor(random() * vectors.length);
    const centre = centreOf(vectors[pick]!, size);
    centres.push(centre);
    vectors.forEach((v, i) => (nearest[i] = Math.min(nearest[i]!, 1 - similarity(centre, v))));
  }
  return centres;
}

function assign(vectors: Vector[], centres: Float64Array[], labels: Int32Array): boolean {
  let changed = false;
  vectors.forEach((v, i) => {
    let best = 0;
    let bestSimilarity = -Infinity;
    centres.forEach((c, j) => {
      const s = similarity(c, v);
      if (s > bestSimilarity) [best, bestSimilarity] = [j, s];
    });
    if (labels[i] !== best) [labels[i], changed] = [best, true];
  });
  return changed;
}

/** New centres: the normalised mean of each group; an empty group takes the story that fits its own group worst. */
function update(vectors: Vector[], labels: Int32Array, centres: Float64Array[]): void {
  for (const c of centres) c.fill(0);
  const sizes = new Int32Array(centres.length);
  vectors.forEach((v, i) => {
    const c = centres[labels[i]!]!;
    sizes[labels[i]!]!++;
    for (let t = 0; t < v.terms.length; t++) c[v.terms[t]!]! += v.weights[t]!;
  });
  for (const c of centres) {
    const length = Math.hypot(...c);
    if (length > 0) for (let t = 0; t < c.length; t++) c[t]! /= length;
  }
  sizes.forEach((size, j) => {
    if (size > 0) return;
    const fit = vectors.map((v, i) => similarity(centres[labels[i]!]!, v));
    const worst = fit.indexOf(Math.min(...fit));
    centres[j] = centreOf(vectors[worst]!, centres[j]!.length);
  });
}

/** One k-means run from a k-means++ start; cohesion is the summed similarity of each story to its centre. */
function cluster(vectors: Vector[], k: number, size: number, random: Random, maxIterations: number) {
  const centres = seedCentres(vectors, k, size, random);
  const labels = new Int32Array(vectors.length).fill(-1);
  let iterations = 0;
  while (iterations < maxIterations && assign(vectors, centres, labels)) {
    update(vectors, labels, centres);
    iterations++;
  }
  const cohesion = vectors.reduce((sum, v, i) => sum + similarity(centres[labels[i]!]!, v), 0);
  return { centres, labels, iterations, cohesion };
}

function describe(vectors: Vector[], labels: Int32Array, centre: Float64Array, j: number, terms: string[], options: ThemeOptions): Theme {
  const members = vectors.filter((_, i) => labels[i] === j);
  const top = [...centre.keys()].filter((t) => centre[t]! > 0).sort((a, b) => centre[b]! - centre[a]! || a - b).slice(0, options.topTerms ?? 8);
  const examples = members.map((v) => [v.id, similarity(centre, v)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { terms: top.map((t) => terms[t]!), size: members.length, exampleIds: examples.slice(0, options.examples ?? 3).map(([id]) => id) };
}

/** Starts of k-means by default. With 5, the API test once saw three clearly separate topics split wrongly on PostgreSQL. */
const RESTARTS = 12;

/** Groups the stories into at most k themes, largest first. */
export function findThemes(documents: readonly ThemeDocument[], options: ThemeOptions): ThemeResult {
  // Ordered by content first, so the seeded starts do not depend on the stories' (random) ids.
  const keyed = documents.map((d) => ({ d, key: [...d.counts].map(([t, n]) => `${t}:${n}`).sort().join(" ") }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
  const sorted = keyed.map((x) => x.d);
  const vocabulary = vocabularyOf(sorted, options.maxDocumentShare ?? 0.5, options.maxVocabulary ?? 5000);
  const vectors = vectorize(sorted, vocabulary);
  const k = Math.min(options.k, vectors.length);
  const unthemed = documents.length - vectors.length;
  if (k === 0) return { themes: [], unthemed, vocabulary: vocabulary.size, iterations: 0 };
  const random = mulberry32(options.seed);
  let best = cluster(vectors, k, vocabulary.size, random, options.maxIterations ?? 50);
  for (let run = 1; run < (options.restarts ?? RESTARTS); run++) {
    const next = cluster(vectors, k, vocabulary.size, random, options.maxIterations ?? 50);
    if (next.cohesion > best.cohesion + 1e-12) best = next;
  }
  const { centres, labels, iterations } = best;
  const terms = [...vocabulary.keys()];
  const themes = centres.map((c, j) => describe(vectors, labels, c, j, terms, options)).filter((t) => t.size > 0);
  themes.sort((a, b) => b.size - a.size || (a.terms[0] ?? "").localeCompare(b.terms[0] ?? ""));
  return { themes, unthemed, vocabulary: vocabulary.size, iterations };
}
