// The stories most like one story: a weighted blend of how alike their words are (TF-IDF cosine over
// stems), how alike the tellers answered the signification questions (when both used the same
// framework) and, when an embedder is configured, how close their embeddings are. A part that cannot
// be measured for a pair drops out and the other weights are scaled up, so scores stay in [0, 1].
// Stop words are out before this (the server drops their stems). Dutch glues words together
// (schuldhulpverlening, schuldeisers, schulden), so each longer stem also counts by its first letters.
// A story is listed only when it has something in common a person can check: words that weigh, a close
// answer or a close meaning. On the labelled set (src/server/knowledge/fixtures) this took precision
// at 5 from 0.43 to 0.56 on words alone; see similar-evaluation.test.ts.
import type { Signifier } from "../framework.ts";
import { type SignificationNote, significationSimilarity } from "./signification.ts";
import { dot, inverseDocumentFrequencies, sharedTerms, type TermCounts, tfidfVector } from "./tfidf.ts";

export interface SimilarityDocument {
  id: string;
  frameworkId: string;
  counts: TermCounts;
  answers: Record<string, unknown>;
  embedding?: Float32Array;
}

export interface SimilarityWeights {
  text: number;
  signification: number;
  embedding: number;
}

export const TEXT_AND_ANSWERS: SimilarityWeights = { text: 0.6, signification: 0.4, embedding: 0 };
export const WITH_EMBEDDINGS: SimilarityWeights = { text: 0.35, signification: 0.3, embedding: 0.35 };

export interface SimilarStory {
  id: string;
  /** The blend, in [0, 1]. */
  score: number;
  text: number;
  signification: number | null;
  embedding: number | null;
  /** Shared stems that weigh most, strongest first. */
  sharedTerms: string[];
  notes: SignificationNote[];
}

export interface RankOptions {
  /** The source story's framework signifiers; answers are compared only within that framework. */
  signifiers: readonly Signifier[];
  weights?: SimilarityWeights;
  limit?: number;
  termsInReason?: number;
}

/** Letters of a stem that also count as a term of their own, for stems at least this long. */
export const PREFIX_LENGTH = 5;
const PREFIX_MARK = "^";
/** Least text cosine that counts as sharing words: one generic shared word in two short stories scores below it. */
export const MIN_TEXT = 0.05;
/** Least embedding cosine that counts as close in meaning. */
export const MIN_EMBEDDING = 0.8;

/** The stems and, for each stem of PREFIX_LENGTH letters or more, its first PREFIX_LENGTH letters as an extra term. */
export function withPrefixes(counts: TermCounts): Map<string, number> {
  const terms = new Map(counts);
  for (const [stem, count] of counts) {
    if (stem.length < PREFIX_LENGTH) continue;
    const prefix = PREFIX_MARK + stem.slice(0, PREFIX_LENGTH);
    terms.set(prefix, (terms.get(prefix) ?? 0) + count);
  }
  return terms;
}

const inCommon = (r: SimilarStory) => r.text >= MIN_TEXT || r.notes.length > 0 || (r.embedding ?? 0) >= MIN_EMBEDDING;

/** Cosine of two dense vectors; 0 when either is all zeros. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
}

function blend(parts: [number | null, number][]): number {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of parts) {
    if (value === null || weight <= 0) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights ? sum / weights : 0;
}

/** The candidates ranked by similarity to the source, best first; those with nothing in common (see inCommon) are left out. */
export function rankSimilar(source: SimilarityDocument, candidates: readonly SimilarityDocument[], options: RankOptions): SimilarStory[] {
  const weights = options.weights ?? TEXT_AND_ANSWERS;
  const terms = new Map([source, ...candidates].map((d) => [d.id, withPrefixes(d.counts)]));
  const idf = inverseDocumentFrequencies([...terms.values()]);
  const sourceVector = tfidfVector(terms.get(source.id)!, idf);
  const ranked = candidates.filter((c) => c.id !== source.id).map((candidate): SimilarStory => {
    const vector = tfidfVector(terms.get(candidate.id)!, idf);
    const text = dot(sourceVector, vector);
    const answers = candidate.frameworkId === source.frameworkId ? significationSimilarity(options.signifiers, source.answers, candidate.answers) : undefined;
    const embedding = source.embedding && candidate.embedding ? Math.max(0, cosine(source.embedding, candidate.embedding)) : null;
    const signification = answers?.score ?? null;
    return {
      id: candidate.id,
      score: blend([[text, weights.text], [signification, weights.signification], [embedding, weights.embedding]]),
      text, signification, embedding,
      sharedTerms: sharedTerms(sourceVector, vector, options.termsInReason ?? 4, (term) => !term.startsWith(PREFIX_MARK)),
      notes: answers?.notes ?? [],
    };
  });
  return ranked.filter(inCommon).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, options.limit ?? 10);
}

/**
 * The stems to look for candidates with: those that are not common across all stories (share of
 * stories at most maxShare, where known), the most frequent in the story first; when every stem is
 * common, the least common few. A query for common words would match nearly every story.
 */
export function distinctiveStems(counts: TermCounts, shares: ReadonlyMap<string, number>, limit: number, maxShare = 0.05): string[] {
  const byUse = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([stem]) => stem);
  const rare = byUse.filter((stem) => (shares.get(stem) ?? 0) <= maxShare);
  if (rare.length) return rare.slice(0, limit);
  return [...byUse].sort((a, b) => shares.get(a)! - shares.get(b)!).slice(0, Math.min(limit, 4));
}
