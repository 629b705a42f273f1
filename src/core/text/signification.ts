// How alike two stories' signification answers are, signifier by signifier, on one scale: 1 for the
// same answer, 0 for opposite ends. Only signifiers both tellers answered count (null means "does not
// apply"); free text is left to the text similarity. Close answers are named so a person can see why.
import type { Signifier } from "../framework.ts";
import { dyadDistance, triadDistance } from "../stats/distances.ts";

/** Why two answers count as alike, for the reason shown next to a similar story. */
export type SignificationNote =
  | { kind: "triadClose" | "dyadClose" | "scaleClose" | "stonesClose"; signifierId: string; question: string }
  | { kind: "sameChoice"; signifierId: string; question: string; options: string[] };

export interface SignificationSimilarity {
  /** Mean similarity over the signifiers both answered; null when there are none. */
  score: number | null;
  compared: number;
  notes: SignificationNote[];
}

/** Distances at or below these read as "close" (triad: 1 is corner to corner; dyad: the whole slider). */
export const CLOSE = { triad: 0.15, dyad: 0.1, scale: 0.1, stones: 0.15 } as const;

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isTriad = (v: unknown): v is [number, number, number] => Array.isArray(v) && v.length === 3 && v.every(isNumber);
const isPoint = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every(isNumber);
const choices = (v: unknown): string[] | undefined =>
  typeof v === "string" ? [v] : Array.isArray(v) && v.every((x) => typeof x === "string") ? v : undefined;

interface Compared {
  similarity: number;
  note?: SignificationNote;
}

function closeness(kind: "triadClose" | "dyadClose" | "scaleClose" | "stonesClose", s: Signifier, distance: number, limit: number): Compared {
  return { similarity: 1 - Math.min(1, distance), note: distance <= limit ? { kind, signifierId: s.id, question: s.question } : undefined };
}

function stonesDistance(a: Record<string, unknown>, b: Record<string, unknown>): number | undefined {
  const distances: number[] = [];
  for (const [item, p] of Object.entries(a)) {
    const q = b[item];
    if (isPoint(p) && isPoint(q)) distances.push(Math.hypot(p[0] - q[0], p[1] - q[1]) / Math.SQRT2);
  }
  return distances.length ? distances.reduce((x, y) => x + y, 0) / distances.length : undefined;
}

function compareOne(s: Signifier, a: unknown, b: unknown): Compared | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return undefined;
  switch (s.type) {
    case "triad":
      return isTriad(a) && isTriad(b) ? closeness("triadClose", s, triadDistance(a, b), CLOSE.triad) : undefined;
    case "dyad":
      return isNumber(a) && isNumber(b) ? closeness("dyadClose", s, dyadDistance(a, b), CLOSE.dyad) : undefined;
    case "scale":
      return isNumber(a) && isNumber(b) ? closeness("scaleClose", s, Math.abs(a - b) / (s.max - s.min), CLOSE.scale) : undefined;
    case "stones": {
      if (typeof a !== "object" || typeof b !== "object") return undefined;
      const d = stonesDistance(a as Record<string, unknown>, b as Record<string, unknown>);
      return d === undefined ? undefined : closeness("stonesClose", s, d, CLOSE.stones);
    }
    case "choice": {
      const x = choices(a);
      const y = choices(b);
      if (!x?.length || !y?.length) return undefined;
      const shared = x.filter((o) => y.includes(o));
      const union = new Set([...x, ...y]).size;
      const labels = shared.map((o) => s.options.find((option) => option.id === o)?.label ?? o);
      return { similarity: shared.length / union, note: shared.length ? { kind: "sameChoice", signifierId: s.id, question: s.question, options: labels } : undefined };
    }
    default:
      return undefined;
  }
}

/** Compares two stories told with the same framework. */
export function significationSimilarity(signifiers: readonly Signifier[], a: Record<string, unknown>, b: Record<string, unknown>): SignificationSimilarity {
  let sum = 0;
  let compared = 0;
  const notes: SignificationNote[] = [];
  for (const s of signifiers) {
    const result = compareOne(s, a[s.id], b[s.id]);
    if (!result) continue;
    sum += result.similarity;
    compared++;
    if (result.note) notes.push(result.note);
  }
  return { score: compared ? sum / compared : null, compared, notes };
}
