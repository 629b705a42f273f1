// Precision at k, the measure for similar stories: of the first k stories listed, the share a person
// labelled as really similar. Fewer than k listed still divides by k (Manning, Raghavan & Schütze,
// Introduction to Information Retrieval, 2008, §8.4), so listing less is no way to score higher.

/** The share of the first k ranked ids that are relevant. */
export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

export interface LabelledQuery {
  id: string;
  relevant: ReadonlySet<string>;
}

/** Mean precision at k over the queries that have at least one relevant story; null when none have. */
export function meanPrecisionAtK(queries: readonly LabelledQuery[], rankedFor: ReadonlyMap<string, readonly string[]>, k: number): number | null {
  const judged = queries.filter((q) => q.relevant.size > 0);
  if (judged.length === 0) return null;
  return judged.reduce((sum, q) => sum + precisionAtK(rankedFor.get(q.id) ?? [], q.relevant, k), 0) / judged.length;
}
