// Runs the detector over the labelled sentences and measures it. A finding is a hit when its kind
// matches an expected span and the two overlap. Structured identifiers (everything but names) and
// names are scored apart: a missed BSN is worse than a missed first name, and the bars differ.
import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./index.ts";
import { designSet, holdoutEverydaySet, holdoutSet, testSet, type LabelledSentence } from "../../testing/privacy-test-set/index.ts";
import { overlaps } from "./spans.ts";
import { findingKinds, type Finding, type FindingKind } from "./types.ts";

type Span = { kind: FindingKind; start: number; end: number; text: string };
type Tally = { expected: number; found: number; recalled: number; precise: number };
type Group = "structured" | "names";

const groupOf = (kind: FindingKind): Group => (kind === "name" ? "names" : "structured");

/** Expected spans with offsets; a substring listed twice is the second occurrence the second time. */
function expectedSpans(item: LabelledSentence): Span[] {
  const taken = new Set<number>();
  return item.expected.map(({ kind, text }) => {
    let start = item.text.indexOf(text);
    while (taken.has(start)) start = item.text.indexOf(text, start + 1);
    taken.add(start);
    return { kind, start, end: start + text.length, text };
  });
}

function evaluate(set: LabelledSentence[]) {
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => tallies.get(key) ?? tallies.set(key, { expected: 0, found: 0, recalled: 0, precise: 0 }).get(key)!;
  const errors: string[] = [];
  for (const item of set) {
    const expected = expectedSpans(item);
    const found: Finding[] = detectPersonalData(item.text);
    const hit = (a: Span | Finding, b: Span | Finding) => a.kind === b.kind && overlaps(a, b);
    for (const e of expected) {
      const ok = found.some((f) => hit(f, e));
      for (const key of [e.kind, groupOf(e.kind)]) { tally(key).expected++; if (ok) tally(key).recalled++; }
      if (!ok) errors.push(`missed ${e.kind} "${e.text}" in: ${item.text}`);
    }
    for (const f of found) {
      const ok = expected.some((e) => hit(f, e));
      for (const key of [f.kind, groupOf(f.kind)]) { tally(key).found++; if (ok) tally(key).precise++; }
      if (!ok) errors.push(`extra ${f.kind} "${f.text}" in: ${item.text}`);
    }
  }
  return { tallies, errors };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const recall = (t: Tally | undefined) => ratio(t?.recalled ?? 0, t?.expected ?? 0);
const precision = (t: Tally | undefined) => ratio(t?.precise ?? 0, t?.found ?? 0);

function table(title: string, tallies: Map<string, Tally>): string {
  const rows = [...findingKinds, "structured", "names"].map((key) => {
    const t = tallies.get(key) ?? { expected: 0, found: 0, recalled: 0, precise: 0 };
    const cell = (v: number) => v.toFixed(3).padStart(9);
    return `${key.padEnd(11)}${String(t.expected).padStart(9)}${String(t.found).padStart(7)}${cell(precision(t))}${cell(recall(t))}`;
  });
  return [title, `${"kind".padEnd(11)}${"expected".padStart(9)}${"found".padStart(7)}${"precision".padStart(10)}${"recall".padStart(8)}`, ...rows].join("\n");
}

describe("the labelled test set", () => {
  it("has at least 200 sentences, many without personal data, and every span occurs in its sentence", () => {
    expect(testSet.length).toBeGreaterThanOrEqual(200);
    expect(testSet.filter((t) => t.expected.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const item of testSet) for (const e of item.expected) expect(item.text, e.text).toContain(e.text);
  });
});

/**
 * Ordinary words in lower case must not turn into names: every sentence is written in lower case
 * and each name found that is not a labelled name counts as a false one.
 */
function lowercaseFalseNames(set: LabelledSentence[]): string[] {
  return set.flatMap((item) => {
    const text = item.text.toLowerCase();
    if (text.length !== item.text.length) return [];
    const names = expectedSpans(item).filter((e) => e.kind === "name");
    return detectPersonalData(text).filter((f) => f.kind === "name" && !names.some((e) => overlaps(e, f))).map((f) => `"${f.text}" in: ${text}`);
  });
}

describe("detector quality on the labelled test set", () => {
  const all = evaluate(testSet);
  const lowercase = lowercaseFalseNames(testSet);
  const everyday = evaluate(holdoutEverydaySet);
  const design = evaluate(designSet);
  const holdout = evaluate(holdoutSet);
  console.log(
    [
      table(`all ${testSet.length} sentences`, all.tallies),
      table(`design set (${designSet.length}, written while the detector was built)`, design.tallies),
      table(`holdout set (${holdoutSet.length}, written afterwards)`, holdout.tallies),
      table(`of which the second holdout batch (${holdoutEverydaySet.length}: dates, P.O. boxes, lower case)`, everyday.tallies),
      `all ${testSet.length} sentences in lower case: ${lowercase.length} words taken for a name that are none`,
      ...lowercase.map((e) => `  ${e}`),
      `errors (${all.errors.length}):`,
      ...all.errors.map((e) => `  ${e}`),
    ].join("\n\n"),
  );

  it("recalls at least 95% of structured identifiers, with precision of at least 85%", () => {
    expect(recall(all.tallies.get("structured"))).toBeGreaterThanOrEqual(0.95);
    expect(precision(all.tallies.get("structured"))).toBeGreaterThanOrEqual(0.85);
  });

  it("takes at most one ordinary word in a hundred lower-case sentences for a name", () => {
    expect(lowercase.length).toBeLessThanOrEqual(testSet.length / 100);
  });

  it("recalls at least 80% of names, with precision of at least 85%", () => {
    expect(recall(all.tallies.get("names"))).toBeGreaterThanOrEqual(0.8);
    expect(precision(all.tallies.get("names"))).toBeGreaterThanOrEqual(0.85);
  });
});
