// Periods of a collection: two periods or listening rounds (or before and after the date of a
// measure) compared per signifier, and trends per week or month. Both from the column index.
import { z } from "@hono/zod-openapi";
import { suppressShift, suppressTrend } from "../../core/privacy/small-cells.ts";
import type { Period } from "../../index/pattern-index.ts";
import type { Api, AppDeps } from "../context.ts";
import { findRound } from "../collections/rounds.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { aggregateAccess, answer, FilterQuery, filterFrom, filterOf, RoundFilterQuery } from "../patterns/query.ts";
import { Comparison, Trend } from "../../contract/patterns.ts";
import { badRequest } from "../problem.ts";
import type { Db } from "../../db/client.ts";

const periodDescription = "A listening round's id, or a period as an ISO 8601 interval `from/to` (RFC 3339 instants, `to` exclusive; either side may be empty)";
const ComparisonQuery = FilterQuery.omit({ from: true, to: true }).extend({
  a: z.string().max(120).optional().openapi({ description: periodDescription }),
  b: z.string().max(120).optional().openapi({ description: periodDescription }),
  measureAt: z.string().datetime({ offset: true }).optional().openapi({ description: "Instead of a and b: before this instant (a) against from it on (b)" }),
});
const TrendQuery = RoundFilterQuery.extend({
  interval: z.enum(["week", "month"]).default("month"),
  signifier: z.string().max(64).optional().openapi({ description: "Also per bucket: this signifier's counts per option (choice) or mean (dyad, scale, triad corners)" }),
});

const uuid = z.string().uuid();
const instant = z.string().datetime({ offset: true });
type ResolvedPeriod = Period & { roundId?: string };

async function resolvePeriod(db: Db, scope: { organizationId: string; collectionId: string }, name: "a" | "b", value: string): Promise<ResolvedPeriod> {
  if (uuid.safeParse(value).success) {
    const round = await findRound(db, scope.organizationId, scope.collectionId, value).catch(() => {
      throw badRequest([{ name, reason: "unknown listening round", code: "unknownRound" }]);
    });
    return { from: round.startsAt.toISOString(), to: round.endsAt.toISOString(), roundId: round.id };
  }
  const [from, to, ...rest] = value.split("/");
  const ok = rest.length === 0 && to !== undefined && [from, to].every((v) => v === "" || instant.safeParse(v).success);
  if (!ok) throw badRequest([{ name, reason: periodDescription, code: "invalidPeriod" }]);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

async function periods(db: Db, scope: { organizationId: string; collectionId: string }, q: z.infer<typeof ComparisonQuery>): Promise<[ResolvedPeriod, ResolvedPeriod]> {
  if (q.measureAt && !q.a && !q.b) return [{ to: q.measureAt }, { from: q.measureAt }];
  if (!q.a || !q.b || q.measureAt) throw badRequest([{ name: q.a ? "b" : "a", reason: "give a and b, or measureAt", code: "periodsMissing" }]);
  return [await resolvePeriod(db, scope, "a", q.a), await resolvePeriod(db, scope, "b", q.b)];
}

const describe = (p: ResolvedPeriod) => ({ from: p.from ?? null, to: p.to ?? null, roundId: p.roundId ?? null });

export function registerComparisonRoutes(api: Api, { database, patterns }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/comparisons", tags: ["Patterns"], operationId: "comparePeriods", security: signedIn,
      summary: "Two periods or listening rounds compared per signifier: shift, test, effect size and q-value",
      request: { params: IdParam, query: ComparisonQuery }, errors: [401, 403, 404], responses: { 200: jsonContent(Comparison, "Shifts per signifier") } }),
    async (c) => {
      const { scope, k } = await aggregateAccess(c, db, c.req.valid("param").id);
      const q = c.req.valid("query");
      const [a, b] = await periods(db, scope, q);
      const strip = ({ roundId: _r, ...p }: ResolvedPeriod): Period => p;
      const shifts = await answer(() => patterns.compare(scope, filterFrom(q), strip(a), strip(b)));
      const body = { a: describe(a), b: describe(b), shifts: k ? shifts.map((s) => suppressShift(s, k)) : shifts, ...(k ? { suppressed: true } : {}) };
      return c.json(body as never, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/trends", tags: ["Patterns"], operationId: "getTrend", security: signedIn,
      summary: "Stories, and a signifier's counts or means, per week or month (UTC)",
      request: { params: IdParam, query: TrendQuery }, errors: [401, 403, 404], responses: { 200: jsonContent(Trend, "Buckets, oldest first") } }),
    async (c) => {
      const { scope, k } = await aggregateAccess(c, db, c.req.valid("param").id);
      const q = c.req.valid("query");
      const filter = await filterOf(db, scope, q);
      const trend = await answer(() => patterns.trend(scope, filter, q.interval, q.signifier));
      return c.json((k ? suppressTrend(trend, k) : trend) as never, 200);
    },
  );
}
