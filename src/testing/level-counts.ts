// A dyad's or scale's answers in two periods counted per value, as the column index hands them to
// core/patterns' comparison: worked out here by sorting the values themselves, so tests can check
// the index's counting and the statistics against plain arrays and reference values.
import type { LevelCounts } from "../core/patterns/comparison.ts";

export function countedLevels(a: readonly number[], b: readonly number[]): { levels: number[]; a: LevelCounts; b: LevelCounts } {
  const levels = [...new Set([...a, ...b].map((v) => v + 0))].sort((x, y) => x - y);
  const counted = (values: readonly number[]): LevelCounts => ({
    counts: levels.map((level) => values.filter((v) => v === level).length),
    n: values.length,
    sum: values.reduce((sum, v) => sum + v, 0),
  });
  return { levels, a: counted(a), b: counted(b) };
}
