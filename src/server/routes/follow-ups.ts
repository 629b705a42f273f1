// Closing the loop: actions and responses recorded on a story, or on a pattern (every story in it),
// reach the tellers.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { FollowUpInput, PatternAnswers, PatternFollowUp, PatternFollowUpInput, PatternFollowUpQuery, PatternFollowUpResult, StoredFollowUp } from "../../contract/interpretations.ts";
import type { Api, AppDeps } from "../context.ts";
import { addFollowUp, addPatternFollowUp, type FollowUpRow, listFollowUps, listPatternFollowUps } from "../follow-ups/record.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { badRequest } from "../problem.ts";

const present = (row: FollowUpRow) => ({ id: row.id, kind: row.kind as "action" | "response", text: row.text, createdAt: row.createdAt.toISOString() });

export function registerFollowUpRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "post", path: "/stories/{id}/follow-ups", tags: ["Interpretations"], operationId: "addFollowUp", security: signedIn,
      summary: "Record an action taken or a response on a story; the teller sees it", request: { params: IdParam, body: jsonBody(FollowUpInput) },
      errors: [401, 403, 404], responses: { 201: jsonContent(StoredFollowUp, "Recorded") } }),
    async (c) => {
      const { caller, resource: story } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:interpret");
      return c.json(present(await addFollowUp(db, caller, story, c.req.valid("json"))), 201);
    },
  );
  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/pattern-follow-ups", tags: ["Interpretations"], operationId: "addPatternFollowUp", security: signedIn,
      summary: "Record an action or response on a pattern: every story in it (with research consent) gets it, and so its teller sees it",
      request: { params: IdParam, body: jsonBody(PatternFollowUpInput) }, errors: [401, 403, 404],
      responses: { 201: jsonContent(PatternFollowUpResult, "Recorded on this many stories") } }),
    async (c) => {
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "analysis:read");
      return c.json({ storyCount: await addPatternFollowUp(db, caller, collection, c.req.valid("json"), c.get("lang")) }, 201);
    },
  );
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/pattern-follow-ups", tags: ["Interpretations"], operationId: "listPatternFollowUps", security: signedIn,
      summary: "What was done with the stories in a pattern: each follow-up once, with how many of the pattern's stories it is on, newest first",
      request: { params: IdParam, query: PatternFollowUpQuery }, errors: [401, 403, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(PatternFollowUp) }), "Newest first, at most 200") } }),
    async (c) => {
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "analysis:read");
      const rows = await listPatternFollowUps(db, caller, collection, patternOf(c.req.valid("query").pattern), c.get("lang"));
      return c.json({ items: rows.map((r) => ({ kind: r.kind as "action" | "response", text: r.text, createdAt: r.createdAt.toISOString(), storyCount: r.storyCount })) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/follow-ups", tags: ["Interpretations"], operationId: "listFollowUps", security: signedIn,
      summary: "What was done with a story", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(StoredFollowUp) }), "Oldest first") } }),
    async (c) => {
      const { caller, resource: story } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:tell");
      return c.json({ items: (await listFollowUps(db, caller, story)).map(present) }, 200);
    },
  );
}

/** The pattern of a query: JSON choice answers, as a new follow-up's body has them (400 otherwise). */
function patternOf(json: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badRequest([{ name: "pattern", reason: "not valid JSON", code: "invalidJson" }]);
  }
  const parsed = PatternAnswers.safeParse(value);
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => ({ name: ["pattern", ...i.path].join("."), reason: i.message, code: i.code })));
  return parsed.data;
}
