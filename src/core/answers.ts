// Validation of a story's answers against its framework. Every problem is reported, not only the
// first, so a form can mark each field at once.
import type { Signifier } from "./framework.ts";

export type AnswerValue = number | string | string[] | number[] | Record<string, [number, number]> | null;
export type Answers = Record<string, AnswerValue>;

export type AnswerIssueCode =
  | "unknownSignifier" | "required" | "wrongType" | "triadSum" | "outOfRange" | "unknownOption" | "tooLong";

export interface AnswerIssue {
  signifierId: string;
  code: AnswerIssueCode;
  detail?: string;
}

export const TRIAD_TOLERANCE = 1e-6;

const isUnit = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

type Check = (s: never, value: unknown) => Omit<AnswerIssue, "signifierId"> | undefined;

const checks: Record<Signifier["type"], Check> = {
  triad: (_s, v) => {
    if (!Array.isArray(v) || v.length !== 3 || !v.every(isNumber)) return { code: "wrongType", detail: "three numbers" };
    if (!v.every((w) => w >= 0)) return { code: "outOfRange", detail: "each weight at least 0" };
    const sum = v.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > TRIAD_TOLERANCE) return { code: "triadSum", detail: `sum is ${sum}` };
    return undefined;
  },
  dyad: (_s, v) => {
    if (!isNumber(v)) return { code: "wrongType", detail: "a number" };
    return isUnit(v) ? undefined : { code: "outOfRange", detail: "between 0 and 1" };
  },
  stones: (s: Extract<Signifier, { type: "stones" }>, v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return { code: "wrongType", detail: "an object of item positions" };
    const known = new Set(s.items.map((i) => i.id));
    for (const [item, pos] of Object.entries(v)) {
      if (!known.has(item)) return { code: "unknownOption", detail: `unknown item ${item}` };
      if (!Array.isArray(pos) || pos.length !== 2 || !pos.every(isNumber)) return { code: "wrongType", detail: `${item}: [x, y]` };
      if (!pos.every(isUnit)) return { code: "outOfRange", detail: `${item}: x and y between 0 and 1` };
    }
    return undefined;
  },
  choice: (s: Extract<Signifier, { type: "choice" }>, v) => {
    const known = new Set(s.options.map((o) => o.id));
    const chosen = s.multiple ? v : [v];
    if (!Array.isArray(chosen) || !chosen.every((c) => typeof c === "string")) {
      return { code: "wrongType", detail: s.multiple ? "an array of option ids" : "an option id" };
    }
    const unknown = chosen.find((c) => !known.has(c));
    if (unknown !== undefined) return { code: "unknownOption", detail: `unknown option ${unknown}` };
    if (new Set(chosen).size !== chosen.length) return { code: "wrongType", detail: "an option chosen twice" };
    return undefined;
  },
  scale: (s: Extract<Signifier, { type: "scale" }>, v) => {
    if (!isNumber(v) || !Number.isInteger(v)) return { code: "wrongType", detail: "a whole number" };
    return v >= s.min && v <= s.max ? undefined : { code: "outOfRange", detail: `between ${s.min} and ${s.max}` };
  },
  text: (s: Extract<Signifier, { type: "text" }>, v) => {
    if (typeof v !== "string") return { code: "wrongType", detail: "text" };
    const max = s.maxLength ?? 5000;
    return v.length <= max ? undefined : { code: "tooLong", detail: `at most ${max} characters` };
  },
};

/** Checks answers against the signifiers a teller (or interpreter) should answer. */
export function validateAnswers(signifiers: readonly Signifier[], answers: unknown): AnswerIssue[] {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return [{ signifierId: "", code: "wrongType", detail: "an object keyed by signifier id" }];
  }
  const byId = new Map(signifiers.map((s) => [s.id, s]));
  const issues: AnswerIssue[] = [];
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) issues.push({ signifierId: id, code: "unknownSignifier" });
  }
  for (const s of signifiers) {
    const value = (answers as Record<string, unknown>)[s.id];
    if (value === undefined || value === null) {
      if (s.required) issues.push({ signifierId: s.id, code: "required" });
      continue;
    }
    const issue = (checks[s.type] as (s: Signifier, v: unknown) => Omit<AnswerIssue, "signifierId"> | undefined)(s, value);
    if (issue) issues.push({ signifierId: s.id, ...issue });
  }
  return issues;
}
