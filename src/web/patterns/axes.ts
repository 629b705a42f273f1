// What every chart's axes share, so people can read them: counts in whole numbers, numbers in the
// reader's locale, text at the body size of the design tokens, the poles of a slider or scale, and
// time axes where no label repeats.
import type { Signifier } from "../../core/framework.ts";
import { numberFormatter } from "../toolkit/format.ts";

/** Plot's own text is 10 px; the body size of the design tokens (16 px) is the least a reader gets. */
export const PLOT_STYLE = { fontSize: "var(--basis-text-font-size-md, 1rem)", fontFamily: "inherit", overflow: "visible" };

/** Whole-number ticks from 0 to at least max, at most about `most` of them, in steps of 1, 2 or 5 × 10ⁿ. */
export function countTicks(max: number, most = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / most;
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** A count in the reader's locale: 1.250 in Dutch, 1,250 in English. */
export const countFormat = (lang: string) => numberFormatter(lang);

/** A share as a whole percentage in the reader's locale. */
export const percentFormat = (lang: string) => numberFormatter(lang, { percent: true });

/**
 * At most `most` ticks whose labels all differ: the first value of each label (dates of one day read
 * as one tick), then evenly thinned, always keeping the first.
 */
export function distinctTicks<T>(values: readonly T[], label: (value: T) => string, most: number): T[] {
  const seen = new Set<string>();
  const distinct = values.filter((v) => {
    const text = label(v);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  const step = Math.max(1, Math.ceil(distinct.length / Math.max(1, most)));
  return distinct.filter((_, i) => i % step === 0);
}

/** The words at the two ends of a slider or scale, to write under its histogram; none for other questions. */
export function poles(s: Signifier): [string, string] | undefined {
  if (s.type === "dyad") return s.labels;
  if (s.type === "scale") {
    const labels = s.labels ?? [];
    const first = labels[0] ? `${s.min} ${labels[0]}` : String(s.min);
    const last = labels[s.max - s.min] ? `${s.max} ${labels[s.max - s.min]}` : String(s.max);
    return [first, last];
  }
  return undefined;
}
