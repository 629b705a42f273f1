import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../core/framework.ts";
import { resolveFilter } from "../core/patterns/filter.ts";
import { whatWorksSignifiers, type WhatWorksQuery } from "../core/patterns/roles.ts";
import { syntheticFramework, syntheticStories } from "../core/patterns/synthetic.ts";
import { buildNumericWhatWorks } from "../core/patterns/what-works-numeric.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";
import { whatWorksOf } from "./what-works.ts";

const stories = syntheticStories(3000, 5);

function loaded() {
  const index = new StoryIndex();
  index.addFrameworkVersion("org", "fw", 1, frameworkDefinition.parse(syntheticFramework));
  for (const s of stories) {
    index.append({ id: s.id, organizationId: "org", collectionId: "c", frameworkId: "fw", frameworkVersion: 1, answers: s.answers, channel: s.channel, teamId: null, consentResearch: s.consentResearch, toldAt: s.toldMs });
  }
  const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
  return { segment: scoped.segment, rows: () => select(scoped, resolveFilter(scoped.segment.catalog)) };
}

describe("whatWorksOf", () => {
  const { segment, rows } = loaded();

  it("finds the planted situation × intervention effects and carries the most recent stories as examples", () => {
    const result = whatWorksOf(segment, segment.catalog, rows(), {});
    expect(result).toMatchObject({ kind: "choice", situation: "situatie", intervention: "aanpak", outcome: "uitkomst" });
    if (result.kind !== "choice") return;
    expect(result.rows.length).toBeGreaterThan(50);
    expect(result.rows.every((r) => r.n >= 10)).toBe(true);
    const top = result.rows[0]!;
    expect(top.q).toBeLessThan(0.05);
    // Examples: the three most recently told consenting stories of that cell.
    const cell = stories.filter((s) => s.consentResearch && s.answers.situatie === top.situation && s.answers.aanpak === top.intervention && typeof s.answers.uitkomst === "string");
    expect(top.examples).toEqual(cell.sort((a, b) => b.toldMs - a.toldMs).slice(0, 3).map((s) => s.id));
  });

  it("reads a multiple-choice intervention and a dyad outcome", () => {
    const multiple = whatWorksOf(segment, segment.catalog, rows(), { intervention: "thema", minN: 20 });
    expect(multiple.kind === "choice" && multiple.rows.every((r) => r.restN > 0)).toBe(true);
    const dyad = whatWorksOf(segment, segment.catalog, rows(), { outcome: "regie" });
    expect(dyad.kind).toBe("dyad");
    if (dyad.kind !== "dyad") return;
    expect(dyad.rows.length).toBeGreaterThan(0);
    expect(dyad.situations).toHaveLength(8);
    expect(() => whatWorksOf(segment, segment.catalog, rows(), { outcome: "gevoel" })).toThrow(/stones/);
  });

  it("ranks a slider or scale outcome as sorting the stories' own answers does, for single and multiple choices", () => {
    const byId = new Map(stories.map((s) => [s.id, s.answers]));
    const chosen = (answer: unknown, options: string[]) => options.filter((o) => (Array.isArray(answer) ? answer.includes(o) : answer === o));
    const withoutExamples = ({ rows: found, situations }: { rows: { examples: string[] }[]; situations: unknown[] }) => ({ rows: found.map(({ examples: _e, ...row }) => row), situations });
    const queries: WhatWorksQuery[] = [{ outcome: "regie" }, { situation: "thema", intervention: "partner", outcome: "cijfer" }, { intervention: "thema", outcome: "tempo", minN: 20 }];
    for (const query of queries) {
      const sig = whatWorksSignifiers(segment.catalog, query);
      const all = Array.from(rows());
      const answersOf = (row: number) => byId.get(segment.ids.idAt(row))!;
      // The reference: each situation's stories in row order, their answers as told, core sorting them itself.
      const situations = sig.situation.options.map((situation) => {
        const members = all.filter((row) => {
          const a = answersOf(row);
          const answered = sig.intervention.multiple ? Array.isArray(a[sig.intervention.id]) : chosen(a[sig.intervention.id], sig.intervention.options).length === 1;
          return answered && typeof a[sig.outcome.id] === "number" && chosen(a[sig.situation.id], sig.situation.options).includes(situation);
        });
        return {
          situation, values: Float64Array.from(members, (row) => answersOf(row)[sig.outcome.id] as number), examples: sig.intervention.options.map(() => []),
          chosen: sig.intervention.options.map((i) => Uint8Array.from(members, (row) => +chosen(answersOf(row)[sig.intervention.id], sig.intervention.options).includes(i))),
        };
      });
      const kind = sig.outcome.type as "dyad" | "scale";
      const expected = buildNumericWhatWorks({ kind, interventions: sig.intervention.options, single: !sig.intervention.multiple, situations }, { minN: query.minN });
      const result = whatWorksOf(segment, segment.catalog, rows(), query);
      if (result.kind !== kind) throw new Error(`${kind} expected`);
      expect(result.rows.length, JSON.stringify(query)).toBeGreaterThan(10);
      expect(withoutExamples(result)).toEqual(withoutExamples(expected));
    }
  });
});
