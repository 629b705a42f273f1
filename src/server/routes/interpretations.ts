import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { listReadings, presentOwnReading, saveReading, withdrawReading } from "../interpretations/readings.ts";
import { Interpretation, InterpretationInput } from "../../contract/interpretations.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";

const ReadingParams = IdParam.extend({ interpretationId: z.string().uuid().openapi({ param: { name: "interpretationId", in: "path" } }) });

export function registerInterpretationRoutes(api: Api, { database, events }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/stories/{id}/interpretations", tags: ["Interpretations"], operationId: "interpretStory", security: signedIn,
      summary: "Add the caller's reading of a story, or change it: one reading per colleague per story", request: { params: IdParam, body: jsonBody(InterpretationInput) },
      errors: [401, 403, 404, 409], responses: { 200: jsonContent(Interpretation, "The caller's earlier reading, changed"), 201: jsonContent(Interpretation, "Stored") } }),
    async (c) => {
      const { caller, resource: story } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:interpret");
      const { row, created } = await saveReading(db, events, caller, story, c.req.valid("json"), c.get("lang"));
      return c.json(await presentOwnReading(db, caller, row), created ? 201 : 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/interpretations", tags: ["Interpretations"], operationId: "listInterpretations", security: signedIn,
      summary: "The interpretations of a story (tellers: of their own stories, without names)", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(Interpretation) }), "Interpretations, oldest first") } }),
    async (c) => {
      const { caller, resource: story } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:tell");
      return c.json({ items: await listReadings(db, caller, story) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/stories/{id}/interpretations/{interpretationId}", tags: ["Interpretations"], operationId: "withdrawInterpretation", security: signedIn,
      summary: "Withdraw one's own reading of a story", request: { params: ReadingParams }, errors: [401, 403, 404],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      const { id, interpretationId } = c.req.valid("param");
      const { caller, resource: story } = await reach(db, c.get("caller"), "story", id, "story:interpret");
      await withdrawReading(db, events, caller, story, interpretationId);
      return c.body(null, 204);
    },
  );
}
