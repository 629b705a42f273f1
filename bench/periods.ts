// The period comparison (every signifier, two halves of the time span) and what works with a slider
// outcome, straight on the column index: BENCH_PERIOD_STORIES synthetic stories (default 200,000)
// appended in memory, no database, so the engine's own time is what shows. Prints p50 of 5 runs and
// a checksum of the answers, so two checkouts can be compared for both speed and sameness.
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { frameworkDefinition } from "../src/core/framework.ts";
import { resolveFilter } from "../src/core/patterns/filter.ts";
import { syntheticFramework, syntheticStories } from "../src/core/patterns/synthetic.ts";
import { comparisonOf } from "../src/index/periods.ts";
import { select } from "../src/index/selection.ts";
import { StoryIndex } from "../src/index/story-index.ts";
import { whatWorksOf } from "../src/index/what-works.ts";

const count = Number(process.env.BENCH_PERIOD_STORIES ?? 200_000);
const index = new StoryIndex();
index.addFrameworkVersion("org", "fw", 1, frameworkDefinition.parse(syntheticFramework));
let [first, last] = [Infinity, -Infinity];
for (const s of syntheticStories(count, 7)) {
  index.append({ id: s.id, organizationId: "org", collectionId: `c${s.collection}`, frameworkId: "fw", frameworkVersion: 1, answers: s.answers,
    channel: s.channel, teamId: null, consentResearch: s.consentResearch, toldAt: s.toldMs });
  first = Math.min(first, s.toldMs);
  last = Math.max(last, s.toldMs + 1);
}
const scoped = index.resolve({ organizationId: "org", frameworkId: "fw" });
const middle = new Date((first + last) / 2).toISOString();
const rowsOf = (from: number | string, to: number | string) =>
  select(scoped, resolveFilter(scoped.segment.catalog, { from: new Date(from).toISOString(), to: new Date(to).toISOString() })).slice();
const [rowsA, rowsB, all] = [rowsOf(first, middle), rowsOf(middle, last), rowsOf(first, last)];

function p50<T>(run: () => T): { ms: number; result: T } {
  let result!: T;
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    result = run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return { ms: Math.round(times[2]! * 10) / 10, result };
}
const checksum = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);

const bytesBefore = index.size().bytes;
const compared = p50(() => comparisonOf(scoped.segment, rowsA, rowsB));
const slider = p50(() => whatWorksOf(scoped.segment, scoped.segment.catalog, all, { outcome: "regie" }));
console.log(`${count} stories (${rowsA.length} + ${rowsB.length} in the two periods)`);
console.log(`comparison of ${compared.result.length} signifiers: ${compared.ms} ms p50, answer ${checksum(compared.result)}`);
console.log(`what works, slider outcome: ${slider.ms} ms p50, answer ${checksum(slider.result)}`);
// What the questions leave in the index (the sliders' codes), per story held.
const perStory = (bytes: number) => (bytes / scoped.segment.length).toFixed(1);
console.log(`index typed arrays: ${perStory(bytesBefore)} bytes a story before the questions, ${perStory(index.size().bytes)} after`);
