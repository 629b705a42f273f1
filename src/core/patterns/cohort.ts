// Clients over time: for each client (pseudonym) with two or more answers, the first answer against
// the latest, tested with the paired Wilcoxon signed-rank test (latest − first). A positive
// rank-biserial r means answers tend to have risen.
import { median, wilcoxonSignedRank } from "../stats/index.ts";

export interface CohortPair {
  first: number;
  latest: number;
}

export interface Cohort {
  signifierId: string;
  /** Clients with a first and a latest answer. */
  clients: number;
  medianFirst: number | null;
  medianLatest: number | null;
  /** Clients whose latest answer is higher, lower, the same. */
  rose: number;
  fell: number;
  same: number;
  test: { method: "wilcoxonSignedRank"; v: number | null; z: number | null; pValue: number | null; rankBiserial: number | null; n: number };
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function cohortOf(signifierId: string, pairs: readonly CohortPair[]): Cohort {
  const first = pairs.map((p) => p.first);
  const latest = pairs.map((p) => p.latest);
  const test = wilcoxonSignedRank(latest, first);
  const ok = !test.degenerate;
  return {
    signifierId, clients: pairs.length,
    medianFirst: pairs.length ? median(first) : null, medianLatest: pairs.length ? median(latest) : null,
    rose: pairs.filter((p) => p.latest > p.first).length, fell: pairs.filter((p) => p.latest < p.first).length, same: pairs.filter((p) => p.latest === p.first).length,
    test: { method: "wilcoxonSignedRank", v: ok ? test.v : null, z: ok ? finite(test.z) : null, pValue: ok ? test.pValue : null, rankBiserial: ok ? finite(test.rankBiserial) : null, n: test.n },
  };
}
