import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../core/framework.ts";
import { resolveFilter } from "../core/patterns/filter.ts";
import { mulberry32 } from "../core/stats/index.ts";
import { distributionOf } from "./distribution.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";

const definition = frameworkDefinition.parse({
  name: "T", language: "nl", prompts: [{ id: "p", text: "Vertel" }],
  signifiers: [
    { id: "sit", type: "choice", question: "?", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
    { id: "tags", type: "choice", question: "?", multiple: true, options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }] },
  ],
});
const DAY = 86_400_000;
const id = (n: number) => `00000000-0000-4000-a000-${n.toString(16).padStart(12, "0")}`;

interface Kept { day: number; sit: string; tags: string[] }

describe("Segment time order", () => {
  it("answers period filters exactly through out-of-order appends, edits, erasures and re-sorts", () => {
    const random = mulberry32(11);
    const index = new StoryIndex();
    index.addFrameworkVersion("org", "fw", 1, definition);
    const truth = new Map<string, Kept>();
    const put = (n: number, day: number) => {
      const kept = { day, sit: random() < 0.4 ? "a" : "b", tags: random() < 0.5 ? ["x"] : ["x", "y"] };
      truth.set(id(n), kept);
      index.append({ id: id(n), organizationId: "org", collectionId: "c", frameworkId: "fw", frameworkVersion: 1, answers: kept, channel: "web", teamId: null, consentResearch: true, toldAt: day * DAY });
    };
    // Mostly in time order, as stories are told; some imported from the past; some edited; some erased.
    for (let n = 0; n < 3000; n++) {
      put(n, random() < 0.9 ? n : Math.floor(random() * n));
      if (random() < 0.05 && n > 10) put(Math.floor(random() * n), Math.floor(random() * n));
      if (random() < 0.03 && n > 10) {
        const gone = id(Math.floor(random() * n));
        expect(index.remove(gone)).toBe(truth.delete(gone));
      }
      if (n % 500 === 499) {
        const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
        const [from, to] = [Math.floor(random() * n), Math.floor(random() * n) + 50];
        const rows = select(scoped, resolveFilter(scoped.segment.catalog, { from: new Date(from * DAY).toISOString(), to: new Date(to * DAY).toISOString() }));
        const inPeriod = [...truth.values()].filter((k) => k.day >= from && k.day < to);
        expect(distributionOf(scoped.segment, "tags", rows)).toMatchObject({ n: inPeriod.length, options: [{ count: inPeriod.length }, { count: inPeriod.filter((k) => k.tags.includes("y")).length }] });
        expect(distributionOf(scoped.segment, "sit", rows)).toMatchObject({ options: [{ count: inPeriod.filter((k) => k.sit === "a").length }, { count: inPeriod.filter((k) => k.sit === "b").length }] });
        // Rows come back in time order after a query (it re-sorts when many fell out of order).
        const told = scoped.segment.told.subarray(0, scoped.segment.sortedPrefix);
        expect(told.every((t, k) => k === 0 || told[k - 1]! <= t)).toBe(true);
        expect(scoped.segment.sortedPrefix).toBeGreaterThanOrEqual(0.9 * scoped.segment.length);
      }
    }
    // Every id still finds its own row after all the moving.
    for (const [storyId] of truth) expect(index.remove(storyId)).toBe(true);
    expect(index.size().stories).toBe(0);
  });
});
