// The column index and the SQL reference give the same trends: stories, answers and option counts
// per week and per month (means to 12 digits: the two add up in a different order), under filters;
// and a comparison of two periods counts, per period, the stories SQL counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import type { PatternFilter } from "../../core/patterns/filter.ts";
import { syntheticStories } from "../../core/patterns/synthetic.ts";
import type { Trend } from "../../core/patterns/trends.ts";
import { PatternIndex } from "../../index/pattern-index.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { edgeStories } from "../../testing/parity-fixtures.ts";
import { createSyntheticScope, insertStories, type SyntheticScope } from "../../testing/synthetic-db.ts";
import { sqlDistribution } from "../../db/aggregates/distribution.ts";
import { sqlTrend } from "../../db/aggregates/trend.ts";

let app: TestApp;
let data: SyntheticScope;
let patterns: PatternIndex;

beforeAll(async () => {
  app = await createTestApp();
  data = await createSyntheticScope(app.database.db);
  await insertStories(app.database.db, data, [...syntheticStories(1500, 11), ...edgeStories()]);
  patterns = PatternIndex.start(app.database.db);
  await patterns.ready;
});
afterAll(() => app?.close());

/** Means compared to 12 digits, everything else exactly. */
function expectSame(actual: Trend, expected: Trend) {
  const round = (t: Trend) => JSON.parse(JSON.stringify(t, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v)));
  expect(round(actual)).toEqual(round(expected));
}

describe("trends: column index and SQL agree", () => {
  it("per week and per month, for every kind of signifier, under filters", async () => {
    const scopes: PatternScope[] = [{ organizationId: data.organizationId, frameworkId: data.frameworkId }, { organizationId: data.organizationId, collectionId: data.collectionIds[0] }];
    const filters: PatternFilter[] = [{}, { from: "2024-06-01T00:00:00Z", to: "2025-03-01T12:30:00.5Z", channels: ["web", "kiosk"] }, { answers: [{ signifierId: "situatie", options: ["werk"] }] }];
    let buckets = 0;
    for (const scope of scopes) {
      for (const filter of filters) {
        for (const interval of ["week", "month"] as const) {
          for (const id of [undefined, "situatie", "thema", "regie", "cijfer", "hulp", "gevoel"]) {
            const fromIndex = await patterns.trend(scope, filter, interval, id);
            expectSame(fromIndex, await sqlTrend(app.database.db, scope, interval, id, filter));
            buckets += fromIndex.buckets.length;
          }
        }
      }
    }
    expect(buckets).toBeGreaterThan(1000);
  });

  it("comparisons: each period's answers and option counts", async () => {
    const scope: PatternScope = { organizationId: data.organizationId, collectionId: data.collectionIds[1] };
    const a = { from: "2024-02-01T00:00:00Z", to: "2024-09-01T00:00:00Z" };
    const b = { from: "2024-09-01T00:00:00Z", to: "2025-06-01T00:00:00Z" };
    const filter: PatternFilter = { channels: ["web", "interview"] };
    const shifts = await patterns.compare(scope, filter, a, b);
    expect(shifts.map((s) => s.signifierId).sort()).toEqual(["aanpak", "balans", "cijfer", "energie", "gevoel", "hulp", "leefgebied", "partner", "regie", "ruimte", "situatie", "steun", "tempo", "thema", "uitkomst", "urgentie", "vertrouwen", "werkwijze", "zorgen"]);
    for (const shift of shifts) {
      const [sqlA, sqlB] = [await sqlDistribution(app.database.db, scope, shift.signifierId, { ...filter, ...a }), await sqlDistribution(app.database.db, scope, shift.signifierId, { ...filter, ...b })];
      if (shift.type === "stones" && sqlA.type === "stones" && sqlB.type === "stones") {
        // Per item: the stories that placed it in each period.
        expect(shift.items.map((i) => [i.nA, i.nB]), shift.signifierId).toEqual(sqlA.items.map((item, k) => [item.answered, sqlB.items[k]!.answered]));
        continue;
      }
      expect([shift.nA, shift.nB], shift.signifierId).toEqual([(sqlA as { answered: number }).answered, (sqlB as { answered: number }).answered]);
      if (shift.type !== "choice" || sqlA.type !== "choice" || sqlB.type !== "choice") continue;
      expect(shift.options.map((o) => Math.round(o.shareA * shift.nA)), shift.signifierId).toEqual(sqlA.options.map((o) => o.count));
      expect(shift.options.map((o) => Math.round(o.shareB * shift.nB)), shift.signifierId).toEqual(sqlB.options.map((o) => o.count));
    }
  });
});
