// The teller's mirror (core/reflection.ts) filled from the pattern index: for each triad, dyad and
// scale the teller answered, the collection's distribution and a prompt. Distributions over fewer
// stories than the organization's small-group threshold are withheld, and so are counts of 1 … k − 1
// (with what it takes that the answered total does not give them back).
import { z } from "@hono/zod-openapi";
import type { FrameworkDefinition } from "../../core/framework.ts";
import { endPrompt, meanTriad, shareBelow, type Triad, triadPrompt } from "../../core/reflection.ts";
import type { Db } from "../../db/client.ts";
import type { PatternIndex } from "../../index/pattern-index.ts";
import type { StoryRow } from "./columns.ts";
import { cell, suppressReflectionCounts } from "../../core/privacy/small-cells.ts";
import { smallCellKOf } from "./organization-keys.ts";

const DYAD_BINS = 10;
const TRIAD_RESOLUTION = 10;
const MEAN_SAMPLE = 2000;

const Prompt = z.object({
  code: z.enum(["tooFewStories", "typical", "towardsCorner", "lowEnd", "highEnd"]),
  corner: z.number().int().min(0).max(2).optional(),
}).openapi("ReflectionPrompt");

const common = {
  signifierId: z.string(), question: z.string(), prompt: Prompt,
  answered: z.number().int().nullable().openapi({ description: "Stories that answered; null when 1 … k − 1" }),
};
export const Reflection = z.object({
  language: z.string().openapi({ description: "Language of the framework's questions and labels (ISO 639-1)" }),
  items: z.array(z.discriminatedUnion("type", [
    z.object({
      ...common, type: z.literal("triad"), labels: z.array(z.string()).length(3), own: z.array(z.number()).length(3),
      mean: z.array(z.number()).length(3).nullable(),
      density: z.object({ resolution: z.number().int(), values: z.array(z.number()), max: z.number() }).nullable()
        .openapi({ description: "Smoothed density at the triangle's lattice nodes; null when withheld" }),
    }),
    z.object({
      ...common, type: z.literal("dyad"), labels: z.array(z.string()).length(2), own: z.number(),
      edges: z.array(z.number()), counts: z.array(z.number().int().nullable()).nullable(),
    }),
    z.object({
      ...common, type: z.literal("scale"), min: z.number().int(), max: z.number().int(), own: z.number().int(),
      values: z.array(z.object({ value: z.number().int(), count: z.number().int().nullable() })).nullable(),
    }),
  ])),
}).openapi("Reflection");
export type ReflectionView = z.infer<typeof Reflection>;
type Item = ReflectionView["items"][number];

export async function reflectionOf(db: Db, patterns: PatternIndex, row: StoryRow, definition: FrameworkDefinition): Promise<ReflectionView> {
  const k = await smallCellKOf(db, row.organizationId);
  const scope = { organizationId: row.organizationId, collectionId: row.collectionId };
  const answers = row.answers as Record<string, unknown>;
  const items: Item[] = [];
  for (const s of definition.signifiers) {
    const own = answers[s.id];
    if (own === undefined || own === null) continue;
    const base = { signifierId: s.id, question: s.question };
    if (s.type === "triad") {
      const d = await patterns.distribution(scope, s.id, {}, { resolution: TRIAD_RESOLUTION, maxPoints: MEAN_SAMPLE });
      if (d.type !== "triad") continue;
      const shown = d.answered >= k;
      const mean = shown ? meanTriad(d.points) : null;
      items.push({
        ...base, type: "triad", labels: [...s.labels], own: [...(own as Triad)], answered: cell(d.answered, k), mean: mean && [...mean],
        density: shown ? { resolution: d.density.resolution, values: d.density.values, max: d.density.max } : null,
        prompt: mean ? triadPrompt(own as Triad, mean) : { code: "tooFewStories" },
      });
    } else if (s.type === "dyad") {
      const d = await patterns.distribution(scope, s.id, {}, { bins: DYAD_BINS });
      if (d.type !== "dyad") continue;
      const shown = d.answered >= k;
      const bin = Math.min(DYAD_BINS - 1, Math.floor((own as number) * DYAD_BINS));
      const safe = suppressReflectionCounts(d.counts, d.answered, k);
      items.push({
        ...base, type: "dyad", labels: [...s.labels], own: own as number, answered: safe.answered, edges: d.edges, counts: shown ? safe.counts : null,
        prompt: shown ? endPrompt(shareBelow(d.counts, bin)) : { code: "tooFewStories" },
      });
    } else if (s.type === "scale") {
      const d = await patterns.distribution(scope, s.id);
      if (d.type !== "scale") continue;
      const shown = d.answered >= k;
      const counts = d.values.map((v) => v.count);
      const safe = suppressReflectionCounts(counts, d.answered, k);
      items.push({
        ...base, type: "scale", min: s.min, max: s.max, own: own as number, answered: safe.answered,
        values: shown ? d.values.map((v, i) => ({ ...v, count: safe.counts[i] ?? null })) : null,
        prompt: shown ? endPrompt(shareBelow(counts, d.values.findIndex((v) => v.value === own))) : { code: "tooFewStories" },
      });
    }
  }
  return { language: definition.language, items };
}
