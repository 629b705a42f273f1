import { describe, expect, it } from "vitest";
import { type FrameworkInput, frameworkDefinition } from "../core/framework.ts";
import { type PatternFilter, PatternQueryError, resolveFilter } from "../core/patterns/filter.ts";
import { crosstabOf } from "./crosstab.ts";
import { distributionOf } from "./distribution.ts";
import type { IndexStory } from "./segment.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";

const ORG = "00000000-0000-4000-a000-000000000001";
const OTHER_ORG = "00000000-0000-4000-a000-000000000002";
const FW = "00000000-0000-4000-a000-0000000000f1";
const C1 = "00000000-0000-4000-a000-0000000000c1";
const C2 = "00000000-0000-4000-a000-0000000000c2";
const id = (n: number) => `00000000-0000-4000-b000-${n.toString().padStart(12, "0")}`;

const framework: FrameworkInput = {
  name: "T", language: "nl", prompts: [{ id: "p", text: "Vertel" }],
  signifiers: [
    { id: "sit", type: "choice", question: "?", role: "situation", options: [{ id: "schulden", label: "S" }, { id: "werk", label: "W" }] },
    { id: "tags", type: "choice", question: "?", multiple: true, options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
    { id: "regie", type: "dyad", question: "?", labels: ["x", "y"] },
    { id: "cijfer", type: "scale", question: "?", min: 1, max: 5 },
    { id: "hulp", type: "triad", question: "?", labels: ["a", "b", "c"] },
    { id: "gevoel", type: "stones", question: "?", xLabels: ["a", "b"], yLabels: ["c", "d"], items: [{ id: "ik", label: "Ik" }] },
  ],
};

function story(n: number, answers: Record<string, unknown>, extra: Partial<IndexStory> = {}): IndexStory {
  return {
    id: id(n), organizationId: ORG, collectionId: C1, frameworkId: FW, frameworkVersion: 1, answers, channel: "web",
    teamId: null, consentResearch: true, toldAt: new Date(Date.UTC(2025, 0, n)), ...extra,
  };
}

function indexWith(stories: IndexStory[]): StoryIndex {
  const index = new StoryIndex();
  index.addFrameworkVersion(ORG, FW, 1, frameworkDefinition.parse(framework));
  index.addCollection(ORG, C1, FW);
  index.addCollection(ORG, C2, FW);
  for (const s of stories) index.append(s);
  return index;
}

function query(index: StoryIndex, signifierId: string, filter: PatternFilter = {}, collectionId?: string) {
  const scoped = index.resolve({ organizationId: ORG, ...(collectionId ? { collectionId } : { frameworkId: FW }) });
  const rows = select(scoped, resolveFilter(scoped.segment.catalog, filter));
  return distributionOf(scoped.segment, signifierId, rows, { bins: 10, resolution: 4 });
}

const stories = [
  story(1, { sit: "schulden", tags: ["a", "b"], regie: 0.7, cijfer: 4, hulp: [1, 0, 0], gevoel: { ik: [0.25, 0.5] } }),
  story(2, { sit: "schulden", tags: [], regie: 1, cijfer: 5, hulp: [0, 0, 1] }, { collectionId: C2, teamId: "team-1" }),
  story(3, { sit: "werk", tags: null, regie: 0, cijfer: 1 }, { channel: "kiosk" }),
  story(4, { sit: "werk", regie: "veel", cijfer: 2.5, hulp: [0.5, 0.5] }),
  story(5, { sit: "schulden", regie: 0.69 }, { consentResearch: false }),
];

describe("StoryIndex distributions", () => {
  const index = indexWith(stories);

  it("counts choices, and multiple choices per option, over consenting stories only", () => {
    expect(query(index, "sit")).toMatchObject({ n: 4, answered: 4, options: [{ id: "schulden", count: 2 }, { id: "werk", count: 2 }] });
    // An empty multiple choice is an answer ("none of these"); null is not.
    expect(query(index, "tags")).toMatchObject({ answered: 2, multiple: true, options: [{ id: "a", count: 1 }, { id: "b", count: 1 }] });
  });

  it("bins dyads with 0.7 in the bin that starts at 0.7 and 1 in the last, and drops values of the wrong type", () => {
    const d = query(index, "regie");
    expect(d).toMatchObject({ type: "dyad", answered: 3 });
    expect(d.type === "dyad" && d.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
  });

  it("counts whole scale values and triads per small triangle", () => {
    const scale = query(index, "cijfer");
    expect(scale.type === "scale" && scale.values.map((v) => v.count)).toEqual([1, 0, 0, 1, 1]);
    const triad = query(index, "hulp");
    expect(triad).toMatchObject({ answered: 2, resolution: 4, pointIds: [id(1), id(2)] });
    expect(triad.type === "triad" && [triad.cells[0], triad.cells[15]]).toEqual([1, 1]);
  });

  it("returns stones as points per item", () => {
    const d = query(index, "gevoel");
    expect(d).toMatchObject({ items: [{ id: "ik", answered: 1 }], points: { ik: { xy: [[0.25, 0.5]], ids: [id(1)] } } });
  });

  it("filters by answers, period, team, channel and collection", () => {
    expect(query(index, "sit", { answers: [{ signifierId: "regie", min: 0.7 }] }).n).toBe(2);
    expect(query(index, "sit", { answers: [{ signifierId: "tags", options: ["b"] }] }).n).toBe(1);
    expect(query(index, "sit", { answers: [{ signifierId: "hulp", corner: 2, min: 0.5 }] }).n).toBe(1);
    expect(query(index, "sit", { from: "2025-01-02T00:00:00Z", to: "2025-01-03T00:00:00Z" }).n).toBe(1);
    expect(query(index, "sit", { teams: ["team-1"] }).n).toBe(1);
    expect(query(index, "sit", { channels: ["kiosk", "unknown"] }).n).toBe(1);
    expect(query(index, "sit", {}, C2).n).toBe(1);
    expect(query(index, "sit", { collections: [C1] }, C2).n).toBe(0);
  });

  it("refuses unknown signifiers and options, and other organizations' scopes", () => {
    expect(() => query(index, "sit", { answers: [{ signifierId: "nope", options: ["x"] }] })).toThrow(PatternQueryError);
    expect(() => query(index, "sit", { answers: [{ signifierId: "sit", options: ["x"] }] })).toThrow(PatternQueryError);
    expect(() => index.resolve({ organizationId: OTHER_ORG, collectionId: C1 })).toThrow(PatternQueryError);
    expect(() => index.resolve({ organizationId: OTHER_ORG, frameworkId: FW })).toThrow(PatternQueryError);
  });

  it("crosstabs two choices", () => {
    const scoped = index.resolve({ organizationId: ORG, frameworkId: FW });
    const t = crosstabOf(scoped.segment, select(scoped, resolveFilter(scoped.segment.catalog)), "sit", "tags");
    expect(t).toMatchObject({ n: 2, counts: [[1, 1], [0, 0]] });
    expect(t.test).toBeUndefined();
  });
});

describe("StoryIndex changes", () => {
  it("erases, updates, and drops a story whose consent is withdrawn", () => {
    const index = indexWith(stories);
    expect(index.remove(id(1))).toBe(true);
    expect(index.remove(id(1))).toBe(false);
    index.append(story(3, { sit: "schulden" }));
    index.append({ ...stories[1]!, consentResearch: false });
    expect(query(index, "sit")).toMatchObject({ options: [{ id: "schulden", count: 1 }, { id: "werk", count: 1 }] });
    expect(index.size().stories).toBe(2);
  });

  it("takes a new version's options and signifiers, and asks for a reload when a kind changed", () => {
    const index = indexWith(stories);
    const v2 = frameworkDefinition.parse({
      ...framework,
      signifiers: [
        ...framework.signifiers.map((s) => (s.id === "sit" ? { ...s, options: [...(s as { options: object[] }).options, { id: "zorg", label: "Z" }] } : s)),
        { id: "tempo", type: "dyad", question: "?", labels: ["a", "b"] },
      ],
    });
    expect(index.addFrameworkVersion(ORG, FW, 2, v2)).toBe(true);
    index.append(story(6, { sit: "zorg", tempo: 0.5 }, { frameworkVersion: 2 }));
    expect(query(index, "sit")).toMatchObject({ options: [{ id: "schulden", count: 2 }, { id: "werk", count: 2 }, { id: "zorg", count: 1 }] });
    expect(query(index, "tempo")).toMatchObject({ answered: 1 });
    const v3 = frameworkDefinition.parse({ ...framework, signifiers: [{ id: "regie", type: "scale", question: "?", min: 1, max: 3 }] });
    expect(index.addFrameworkVersion(ORG, FW, 3, v3)).toBe(false);
    expect(index.size().stories).toBe(0);
  });

  it("refuses a story of a framework version it has not been given", () => {
    expect(() => indexWith([]).append(story(1, {}, { frameworkVersion: 9 }))).toThrow(RangeError);
  });
});
