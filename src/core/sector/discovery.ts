// Discovery over the sector's noisy situation × intervention × outcome table. The organization's own
// discovery (core/patterns/discovery.ts) tests story by story; the sector only has noisy counts, so
// every pair of the table's dimensions is read as 2 × 2 tables: among the stories with answer a of
// one question, how often answer b of another, against the stories without a. The difference of the
// two shares has an interval that counts sampling and the noise (intervals.ts), its z gives a p-value,
// and Benjamini–Hochberg controls false discoveries over every tested pair of answers. A finding is
// kept only when its q ≤ α and its 95% interval does not reach 0: a difference the noise could have
// made is never reported. Groups below the small-group threshold are not tested (their shares would
// reveal small counts). Where a question has two answers, "a: more often b" and "the other answer:
// less often b" are one 2 × 2 table read twice; each table is tested and reported once.
import { benjaminiHochberg } from "../stats/multipleTesting.ts";
import { normalTwoSidedP } from "../stats/distributions.ts";
import type { CombinedCell } from "./combine.ts";
import { type NoisyCount, noisyShare, shareDifference } from "./intervals.ts";

/** The table's dimensions, in the order of its cells ("situation|intervention|outcome"). */
export const CUBE_ROLES = ["situation", "intervention", "outcome"] as const;
export type CubeRole = (typeof CUBE_ROLES)[number];
/** Which answer comes first (given) and which follows (then), per pair of dimensions. */
const PAIRS: [CubeRole, CubeRole][] = [["situation", "intervention"], ["situation", "outcome"], ["intervention", "outcome"]];

export interface CubeFinding {
  given: { role: CubeRole; answer: string };
  then: { role: CubeRole; answer: string };
  /** Stories with the given answer (noisy). */
  n: number;
  /** The share of `then` among the stories with the given answer, and among the others. */
  share: number;
  otherShare: number;
  difference: number;
  lower: number;
  upper: number;
  /** Half the 95% interval of the difference: sampling and noise together. */
  plusMinus: number;
  pValue: number;
  q: number;
}

export interface CubeDiscovery {
  tested: number;
  /** Pairs of answers left untested: a group below the small-group threshold. */
  skipped: number;
  alpha: number;
  findings: CubeFinding[];
}

const add = (a: NoisyCount, b: NoisyCount): NoisyCount => ({ count: a.count + b.count, variance: a.variance + b.variance });
const zero: NoisyCount = { count: 0, variance: 0 };

/** The two-way table of two dimensions, the third summed out (the noise of independent cells adds). */
function twoWay(cells: readonly CombinedCell[], row: CubeRole, column: CubeRole): Map<string, Map<string, NoisyCount>> {
  const [r, c] = [CUBE_ROLES.indexOf(row), CUBE_ROLES.indexOf(column)];
  const table = new Map<string, Map<string, NoisyCount>>();
  for (const cell of cells) {
    if (cell.releases === 0) continue;
    const parts = cell.cell.split("|");
    const line = table.get(parts[r]!) ?? new Map<string, NoisyCount>();
    table.set(parts[r]!, line);
    line.set(parts[c]!, add(line.get(parts[c]!) ?? zero, { count: Math.max(0, cell.count), variance: cell.variance }));
  }
  return table;
}

const sum = (counts: Iterable<NoisyCount>) => [...counts].reduce(add, zero);

type Candidate = Omit<CubeFinding, "q"> & { table: string };

/** One side of a 2 × 2 table: an answer against the others, the same for both answers of a two-answer question. */
const sideOf = (answer: string, answers: string[]) => (answers.length === 2 ? [...answers].sort().join("+") : answer);

function testPair(table: Map<string, Map<string, NoisyCount>>, given: CubeRole, then: CubeRole, minGroup: number) {
  const tested: Candidate[] = [];
  let skipped = 0;
  const answers = [...new Set([...table.values()].flatMap((line) => [...line.keys()]))];
  const givens = [...table.keys()];
  for (const [a, line] of table) {
    const others = [...table].filter(([other]) => other !== a).map(([, l]) => l);
    for (const b of answers) {
      const inA = { yes: line.get(b) ?? zero, no: sum([...line].filter(([x]) => x !== b).map(([, v]) => v)) };
      const outA = { yes: sum(others.map((l) => l.get(b) ?? zero)), no: sum(others.flatMap((l) => [...l].filter(([x]) => x !== b).map(([, v]) => v))) };
      if ([inA.yes, outA.yes].some((c) => c.count < minGroup) || [inA, outA].some((g) => g.yes.count + g.no.count < minGroup)) {
        skipped++;
        continue;
      }
      const [share, otherShare] = [noisyShare(inA.yes, inA.no)!, noisyShare(outA.yes, outA.no)!];
      const d = shareDifference(otherShare, share);
      const sd = Math.sqrt(share.variance + otherShare.variance);
      tested.push({
        given: { role: given, answer: a }, then: { role: then, answer: b }, n: inA.yes.count + inA.no.count,
        share: share.share, otherShare: otherShare.share, difference: d.difference, lower: d.lower, upper: d.upper,
        plusMinus: 1.96 * sd, pValue: sd > 0 ? normalTwoSidedP(d.difference / sd) : d.difference === 0 ? 1 : 0,
        table: `${given}|${then}|${sideOf(a, givens)}|${sideOf(b, answers)}`,
      });
    }
  }
  return { tested, skipped };
}

/** Findings over the table's cells, strongest evidence first (q, then the size of the difference). */
export function discoverInCube(cells: readonly CombinedCell[], { minGroup, alpha = 0.05 }: { minGroup: number; alpha?: number }): CubeDiscovery {
  const results = PAIRS.map(([given, then]) => testPair(twoWay(cells, given, then), given, then, minGroup));
  // One reading per table, the one that says "more often".
  const byTable = new Map<string, Candidate>();
  for (const t of results.flatMap((r) => r.tested)) {
    const known = byTable.get(t.table);
    if (!known || (known.difference < 0 && t.difference > known.difference)) byTable.set(t.table, t);
  }
  const tested = [...byTable.values()];
  const q = benjaminiHochberg(tested.map((t) => t.pValue));
  const findings = tested.map(({ table: _, ...t }, i) => ({ ...t, q: q[i]! }))
    .filter((f) => f.q <= alpha && (f.lower > 0 || f.upper < 0))
    .sort((a, b) => a.q - b.q || Math.abs(b.difference) - Math.abs(a.difference));
  return { tested: tested.length, skipped: results.reduce((s, r) => s + r.skipped, 0), alpha, findings };
}
