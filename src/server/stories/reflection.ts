// The teller's mirror (core/reflection.ts) filled from the pattern index: for each triad, dyad and
// scale the teller answered, the collection's distribution and a prompt. Distributions over fewer
// stories than the organization's small-group threshold are withheld, and so are counts of 1 … k − 1
// (with what it takes that the answered total does not give them back).
import type { Reflection, ReflectionItem } from "../../contract/reflections.ts";
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

type Item = ReflectionItem;

export async function reflectionOf(db: Db, patterns: PatternIndex, row: StoryRow, definition: FrameworkDefinition): Promise<Reflection> {
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
