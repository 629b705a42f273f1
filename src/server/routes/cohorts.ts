// Clients over time, together: first against latest answer per client, with a paired test.
import { z } from "@hono/zod-openapi";
import { cohortOf } from "../../core/patterns/cohort.ts";
import { suppressCohort } from "../../core/privacy/small-cells.ts";
import { cohortPairs } from "../../db/aggregates/cohort.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { aggregateAccess, answer } from "../patterns/query.ts";
import { Cohort } from "../../contract/patterns.ts";

export function registerCohortRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/cohorts", tags: ["Patterns"], operationId: "getCohort", security: signedIn,
      summary: "First against latest answer of each client with two or more stories (Wilcoxon signed-rank)",
      request: { params: IdParam, query: z.object({ signifier: z.string().max(64).openapi({ description: "A dyad or scale" }) }) },
      errors: [401, 403, 404], responses: { 200: jsonContent(Cohort, "The cohort") } }),
    async (c) => {
      const { scope, k } = await aggregateAccess(c, db, c.req.valid("param").id);
      const { signifier } = c.req.valid("query");
      const cohort = cohortOf(signifier, await answer(() => cohortPairs(db, scope.organizationId, scope.collectionId, signifier)));
      return c.json((k ? suppressCohort(cohort, k) : cohort) as never, 200);
    },
  );
}
