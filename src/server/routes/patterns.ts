// Patterns over a collection, answered from the in-process column index: distributions, crosstabs,
// what works (situation × intervention → outcome) and pattern discovery with false-discovery control.
// Colleagues see them with small cells hidden; analysts see every count.
import { z } from "@hono/zod-openapi";
import { suppressCrosstab, suppressDiscoveries, suppressDistribution, suppressWhatWorks } from "../../core/privacy/small-cells.ts";
import type { Api, AppDeps } from "../app.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { aggregateAccess, answer, filterOf, RoundFilterQuery } from "../patterns/query.ts";
import { Crosstab, Discoveries, Distribution, WhatWorks } from "../patterns/schemas.ts";

const route = <E extends z.ZodRawShape>(path: string, operationId: string, summary: string, extraQuery: E, result: z.ZodType) =>
  defineRoute({ method: "get", path, tags: ["Patterns"], operationId, security: signedIn, summary,
    request: { params: IdParam, query: RoundFilterQuery.extend(extraQuery) }, errors: [401, 403, 404],
    responses: { 200: jsonContent(result, "The result") } });

export function registerPatternRoutes(api: Api, { database, patterns }: AppDeps) {
  const access = (c: Parameters<typeof aggregateAccess>[0], id: string) => aggregateAccess(c, database.db, id);

  api.openapi(route("/collections/{id}/distributions", "getDistribution", "Distribution of one signifier's answers under filters",
    { signifierId: z.string().max(64), bins: z.coerce.number().int().min(2).max(100).optional() }, Distribution), async (c) => {
    const { scope, k } = await access(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const filter = await filterOf(database.db, scope, q);
    const result = await answer(() => patterns.distribution(scope, q.signifierId, filter, { bins: q.bins }));
    return c.json((k ? suppressDistribution(result, k) : result) as never, 200);
  });

  api.openapi(route("/collections/{id}/crosstabs", "getCrosstab", "Two choice signifiers against each other, with a test",
    { rowSignifierId: z.string().max(64), columnSignifierId: z.string().max(64) }, Crosstab), async (c) => {
    const { scope, k } = await access(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const filter = await filterOf(database.db, scope, q);
    const result = await answer(() => patterns.crosstab(scope, q.rowSignifierId, q.columnSignifierId, filter));
    return c.json((k ? suppressCrosstab(result, k) : result) as never, 200);
  });

  api.openapi(route("/collections/{id}/patterns", "getWhatWorks",
    "What works: per situation × intervention the outcome against the situation's other stories, with 95% CI, test and q-value",
    { outcome: z.string().max(64).optional(), minN: z.coerce.number().int().min(2).max(10_000).optional() }, WhatWorks), async (c) => {
    const { scope, k } = await access(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const filter = await filterOf(database.db, scope, q);
    const result = await answer(() => patterns.whatWorks(scope, filter, { outcome: q.outcome, minN: q.minN }));
    return c.json((k ? suppressWhatWorks(result, k) : result) as never, 200);
  });

  api.openapi(route("/collections/{id}/pattern-discoveries", "discoverPatterns",
    "Every pair of signifiers tested with the fitting test; patterns with q ≤ alpha, ranked", { minN: z.coerce.number().int().min(10).max(100_000).optional() }, Discoveries), async (c) => {
    const { scope, k } = await access(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const filter = await filterOf(database.db, scope, q);
    const result = await answer(() => patterns.discoverPatterns(scope, filter, { minN: q.minN }));
    return c.json((k ? suppressDiscoveries(result, k) : result) as never, 200);
  });
}
