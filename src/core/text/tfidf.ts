// TF-IDF over stems. A document is a bag of stems with counts (PostgreSQL's to_tsvector gives them:
// Dutch stems for Dutch stories). Weights follow scikit-learn's TfidfTransformer with its defaults
// (smooth_idf=True, sublinear_tf=False, norm="l2"): idf(t) = ln((1 + n) / (1 + df(t))) + 1, then
// every vector has length 1, so the cosine of two documents is their dot product.

/** Stem → how often it occurs in the document. */
export type TermCounts = ReadonlyMap<string, number>;
/** Stem → weight; unit length when made by tfidfVector. */
export type SparseVector = Map<string, number>;

/** Number of documents that contain each stem. */
export function documentFrequencies(documents: readonly TermCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** Smoothed inverse document frequency of every stem in the documents. */
export function inverseDocumentFrequencies(documents: readonly TermCounts[]): Map<string, number> {
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequencies(documents)) idf.set(term, Math.log((1 + n) / (1 + df)) + 1);
  return idf;
}

/** The document's TF-IDF vector, scaled to length 1 (empty for a document without known stems). */
export function tfidfVector(counts: TermCounts, idf: ReadonlyMap<string, number>): SparseVector {
  const vector: SparseVector = new Map();
  let squares = 0;
  for (const [term, count] of counts) {
    const weight = idf.get(term);
    if (weight === undefined || count <= 0) continue;
    vector.set(term, count * weight);
    squares += (count * weight) ** 2;
  }
  const length = Math.sqrt(squares);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

/** Dot product; the cosine for unit vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** The shared stems that add most to the cosine, strongest first; only those that pass shown, when given. */
export function sharedTerms(a: SparseVector, b: SparseVector, limit: number, shown: (term: string) => boolean = () => true): string[] {
  const shared: [string, number][] = [];
  for (const [term, weight] of a) {
    if (!shown(term)) continue;
    const other = b.get(term);
    if (other !== undefined) shared.push([term, weight * other]);
  }
  return shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, limit).map(([term]) => term);
}
