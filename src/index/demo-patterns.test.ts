// The demo stories through the real path (answers → column index → what works and discovery):
// what a first visitor sees on the demo dashboard must be the planted patterns.
import { describe, expect, it } from "vitest";
import { validateAnswers } from "../core/answers.ts";
import { demoStories } from "../core/demo/generate.ts";
import { frameworkDefinition } from "../core/framework.ts";
import { resolveFilter } from "../core/patterns/filter.ts";
import { detectPersonalData } from "../core/privacy/index.ts";
import { sociaalDomeinKlantmanagers } from "../core/templates/sociaal-domein-klantmanagers.ts";
import { discoveryOf } from "./discovery.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";
import { whatWorksOf } from "./what-works.ts";

const now = new Date("2026-06-01T12:00:00Z");
const definition = frameworkDefinition.parse(sociaalDomeinKlantmanagers);
// The default seed: the stories `vertelpunt demo` and the demo button make.
const stories = demoStories({ now });

function loaded() {
  const index = new StoryIndex();
  index.addFrameworkVersion("org", "fw", 1, definition);
  stories.forEach((s, i) => index.append({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, organizationId: "org", collectionId: "demo", frameworkId: "fw", frameworkVersion: 1,
    answers: s.answers, channel: s.channel!, teamId: null, consentResearch: s.consent.research, toldAt: Date.parse(s.toldAt!),
  }));
  const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
  return { segment: scoped.segment, rows: select(scoped, resolveFilter(scoped.segment.catalog)) };
}

describe("demo stories", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(demoStories({ now })).toEqual(stories);
    expect(demoStories({ seed: 7, now })).toEqual(demoStories({ seed: 7, now }));
    expect(demoStories({ seed: 7, now })).not.toEqual(stories);
    expect(stories).toHaveLength(300);
    expect(demoStories({ now, count: 12 })).toEqual(stories.slice(0, 12));
  });

  it("answer the template's questions validly, in the past half year, and vary their words", () => {
    for (const s of stories) {
      expect(validateAnswers(definition.signifiers, s.answers)).toEqual([]);
      const told = Date.parse(s.toldAt!);
      expect(told).toBeLessThanOrEqual(now.getTime());
      expect(told).toBeGreaterThan(now.getTime() - 181 * 86_400_000);
    }
    const texts = new Set(stories.map((s) => s.text));
    expect(texts.size).toBeGreaterThan(290);
    expect(new Set(stories.map((s) => s.promptId)).size).toBe(4);
  });

  it("hold nothing that looks like personal data", () => {
    for (const s of stories) {
      expect(detectPersonalData(s.text)).toEqual([]);
      if (s.title) expect(detectPersonalData(s.title)).toEqual([]);
    }
  });

  it("show the planted effects under what works", () => {
    const { segment, rows } = loaded();
    const result = whatWorksOf(segment, segment.catalog, rows, {});
    if (result.kind !== "choice") throw new Error("choice outcome expected");
    const significant = result.rows.filter((r) => r.q < 0.05).map((r) => `${r.situation}/${r.intervention}`);
    expect(significant).toContain("schulden/samen_plan");
    expect(significant).toContain("schulden/regels_toepassen");
    const plan = result.rows.find((r) => r.situation === "schulden" && r.intervention === "samen_plan")!;
    const solved = plan.outcomes.find((o) => o.option === "opgelost")!;
    expect(solved.difference.lower).toBeGreaterThan(0);
  });

  it("show the planted relations under discovered patterns", () => {
    const { segment, rows } = loaded();
    const found = discoveryOf(segment, rows).patterns.filter((p) => p.q < 0.05).map((p) => [p.a, p.b].sort().join("~"));
    for (const pair of ["aanpak~regie", "aanpak~regelruimte", "aanpak~wat_hielp", "gevoel_nu~uitkomst"]) expect(found).toContain(pair);
  });
});
