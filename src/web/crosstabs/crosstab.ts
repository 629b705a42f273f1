// What the crosstab shows beside its counts: each row's total and shares, which two questions it
// starts with, and why a test is or is not there. Pure, so the rules are tested without a browser.
import type { Signifier } from "../../core/framework.ts";
import type { Count, Crosstab } from "../../contract/patterns.ts";

export type ChoiceSignifier = Extract<Signifier, { type: "choice" }>;

export interface CrosstabRow {
  option: string;
  counts: Count[];
  /** The row's cells added up; null when a cell is hidden (the total would give it away). */
  total: number | null;
  /** Each cell's share of the row; null where the total is unknown or zero. */
  shares: (number | null)[];
}

/**
 * Rows with their totals and shares. With a multiple choice a story counts in every cell it chose,
 * so a row's share is of the answers in it, not of its stories.
 */
export function crosstabRows(c: Pick<Crosstab, "rowOptions" | "counts">): CrosstabRow[] {
  return c.rowOptions.map((option, i) => {
    const counts = c.counts[i] ?? [];
    const total = counts.some((v) => v === null) ? null : counts.reduce<number>((sum, v) => sum + v!, 0);
    return { option, counts, total, shares: counts.map((v) => (total && v !== null ? v / total : null)) };
  });
}

export const choicesOf = (signifiers: Signifier[]): ChoiceSignifier[] => signifiers.filter((s): s is ChoiceSignifier => s.type === "choice");

/** The pair a crosstab starts with: situation against outcome where the framework names them, else the first two choices. */
export function firstPair(choices: ChoiceSignifier[]): [string, string] | undefined {
  const situation = choices.find((s) => s.role === "situation");
  const outcome = choices.find((s) => s.role === "outcome");
  if (situation && outcome) return [situation.id, outcome.id];
  return choices.length >= 2 ? [choices[0]!.id, choices[1]!.id] : undefined;
}

/** The two questions of a discovered pattern, when both are choices ("id=option" is one option of a multiple choice). */
export function choicePairOf(choices: ChoiceSignifier[], a: string, b: string): [string, string] | undefined {
  const [first, second] = [a.split("=")[0]!, b.split("=")[0]!];
  const known = (id: string) => choices.some((s) => s.id === id);
  return first !== second && known(first) && known(second) ? [first, second] : undefined;
}

/**
 * Why the table has a test or not: tested; no stories answered both; one question had a single
 * answer (nothing to compare); cells were hidden for colleagues (the server leaves the test out, it
 * could give them away); or a multiple choice (a story in several cells, no test of independence).
 */
export type TestState = "tested" | "noStories" | "allSame" | "hidden" | "multiple";

export function testState(c: Crosstab, multiple: boolean): TestState {
  if (c.test) return c.test.degenerate ? (c.test.n === 0 ? "noStories" : "allSame") : "tested";
  if (c.n === 0) return "noStories";
  if (multiple) return "multiple";
  return "hidden";
}
