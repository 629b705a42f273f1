// Patterns answered from the in-process column index: distributions, crosstabs, what works
// (situation × intervention → outcome) and pattern discovery with false-discovery control. Over one
// collection, or over every collection of a framework (professionals' and clients' stories side by
// side, or all listening rounds at once). Colleagues see them with small cells hidden; analysts see
// every count. A dashboard's first view comes in one request: the framework and every charted
// question's distribution, so the page needs no chain of requests and few connections.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { charted, type PatternScope } from "../../core/patterns/distribution.ts";
import type { PatternFilter } from "../../core/patterns/filter.ts";
import { suppressCrosstab, suppressDiscoveries, suppressDistribution, suppressWhatWorks } from "../../core/privacy/small-cells.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { aggregateAccess, answer, filterFrom, filterOf, FrameworkFilterQuery, frameworkAggregateAccess, RoundFilterQuery } from "../patterns/query.ts";
import { Crosstab, Discoveries, Distribution, WhatWorks } from "../../contract/patterns.ts";
import { findCollection } from "../collections/repository.ts";
import { findFramework } from "../frameworks/repository.ts";
import { Framework } from "../../contract/frameworks.ts";
import { presentFramework } from "../frameworks/present.ts";

type Query = Record<string, string | number | undefined>;
type Access = { scope: PatternScope; k?: number; filter: PatternFilter };

/** One kind of scope: its path, its query and how a request is let in and filtered. */
interface ScopeKind {
  path: string;
  over: string;
  query: typeof RoundFilterQuery | typeof FrameworkFilterQuery;
  open(c: Context, id: string, q: Query): Promise<Access>;
  /** The framework whose questions the scope's dashboard charts. */
  frameworkOf(scope: PatternScope): Promise<string>;
  /** The operationId of the scope's dashboard. */
  dashboardId: string;
}

/** A pattern question: its path under the scope, extra query fields, how the engine answers it, and how small cells are hidden. */
interface PatternQuestion {
  path: string;
  /** Over a collection, over a framework. */
  operationIds: [string, string];
  summary: string;
  extraQuery: z.ZodRawShape;
  result: z.ZodType;
  run(scope: PatternScope, filter: PatternFilter, q: Query): Promise<unknown>;
  suppress(result: never, k: number): unknown;
}

export function registerPatternRoutes(api: Api, { database, patterns }: AppDeps) {
  const { db } = database;
  const kinds: ScopeKind[] = [
    {
      path: "/collections/{id}", over: "one collection", query: RoundFilterQuery,
      async open(c, id, q) {
        const { scope, k } = await aggregateAccess(c, db, id);
        return { scope, k, filter: await filterOf(db, scope, q as never) };
      },
      frameworkOf: async (scope) => (await findCollection(db, scope.organizationId, scope.collectionId!)).frameworkId,
      dashboardId: "getDashboard",
    },
    {
      path: "/frameworks/{id}", over: "every collection of a framework", query: FrameworkFilterQuery,
      async open(c, id, q) {
        const { scope, k } = await frameworkAggregateAccess(c, db, id);
        return { scope, k, filter: filterFrom(q as never) };
      },
      frameworkOf: async (scope) => scope.frameworkId!,
      dashboardId: "getFrameworkDashboard",
    },
  ];
  const distributions: PatternQuestion = {
    path: "distributions", operationIds: ["getDistribution", "getFrameworkDistribution"], summary: "Distribution of one signifier's answers under filters",
    extraQuery: { signifierId: z.string().max(64), bins: z.coerce.number().int().min(2).max(100).optional() }, result: Distribution,
    run: (scope, filter, q) => patterns.distribution(scope, String(q.signifierId), filter, { bins: q.bins as number | undefined }),
    suppress: suppressDistribution,
  };
  const questions: PatternQuestion[] = [
    distributions,
    {
      path: "crosstabs", operationIds: ["getCrosstab", "getFrameworkCrosstab"], summary: "Two choice signifiers against each other, with a test",
      extraQuery: { rowSignifierId: z.string().max(64), columnSignifierId: z.string().max(64) }, result: Crosstab,
      run: (scope, filter, q) => patterns.crosstab(scope, String(q.rowSignifierId), String(q.columnSignifierId), filter),
      suppress: suppressCrosstab,
    },
    {
      path: "patterns", operationIds: ["getWhatWorks", "getFrameworkWhatWorks"],
      summary: "What works: per situation × intervention the outcome against the situation's other stories, with 95% CI, test and q-value",
      extraQuery: { outcome: z.string().max(64).optional(), minN: z.coerce.number().int().min(2).max(10_000).optional() }, result: WhatWorks,
      run: (scope, filter, q) => patterns.whatWorks(scope, filter, { outcome: q.outcome as string | undefined, minN: q.minN as number | undefined }),
      suppress: suppressWhatWorks,
    },
    {
      path: "pattern-discoveries", operationIds: ["discoverPatterns", "discoverFrameworkPatterns"], summary: "Every pair of signifiers tested with the fitting test; patterns with q ≤ alpha, ranked",
      extraQuery: { minN: z.coerce.number().int().min(10).max(100_000).optional() }, result: Discoveries,
      run: (scope, filter, q) => patterns.discoverPatterns(scope, filter, { minN: q.minN as number | undefined }),
      suppress: suppressDiscoveries,
    },
  ];
  for (const [k, kind] of kinds.entries()) {
    for (const question of questions) {
      api.openapi(
        defineRoute({
          method: "get", path: `${kind.path}/${question.path}`, tags: ["Patterns"], operationId: question.operationIds[k]!, security: signedIn,
          summary: `${question.summary}, over ${kind.over}`, request: { params: IdParam, query: kind.query.extend(question.extraQuery) }, errors: [401, 403, 404],
          responses: { 200: jsonContent(question.result, "The result") },
        }),
        async (c) => {
          const q = c.req.valid("query") as Query;
          const { scope, k: smallCellK, filter } = await kind.open(c, c.req.valid("param").id, q);
          const result = await answer(() => question.run(scope, filter, q));
          return c.json((smallCellK ? question.suppress(result as never, smallCellK) : result) as never, 200);
        },
      );
    }
  }
  for (const kind of kinds) registerDashboard(api, db, kind, distributions);
}

const Dashboard = z.strictObject({
  framework: Framework,
  distributions: z.array(Distribution).openapi({ description: "One per charted question (not free text, not the colleagues' own), in the framework's order" }),
}).openapi("Dashboard");

/** The framework and every charted question's distribution, each hidden for colleagues as its own route hides it. */
function registerDashboard(api: Api, db: AppDeps["database"]["db"], kind: ScopeKind, distributions: PatternQuestion) {
  api.openapi(
    defineRoute({
      method: "get", path: `${kind.path}/dashboard`, tags: ["Patterns"], operationId: kind.dashboardId, security: signedIn,
      summary: `What a dashboard first shows, in one answer: the framework and the distribution of every charted question, over ${kind.over}`,
      request: { params: IdParam, query: kind.query }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Dashboard, "The framework and its distributions") },
    }),
    async (c) => {
      const q = c.req.valid("query") as Query;
      const { scope, k: smallCellK, filter } = await kind.open(c, c.req.valid("param").id, q);
      const framework = await findFramework(db, scope.organizationId, await kind.frameworkOf(scope));
      const results = await Promise.all(charted(framework.signifiers).map((s) =>
        answer(() => distributions.run(scope, filter, { signifierId: s.id }))));
      const shown = results.map((result) => (smallCellK ? distributions.suppress(result as never, smallCellK) : result));
      return c.json({ framework: presentFramework(framework), distributions: shown } as never, 200);
    },
  );
}
