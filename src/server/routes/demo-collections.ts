import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { createDemo, removeDemo } from "../demo/demo-collection.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { Collection } from "../../contract/collections.ts";
import { presentCollection } from "../collections/present.ts";

const DemoInput = z.object({
  seed: z.number().int().min(0).max(2 ** 31).optional().openapi({ description: "The same seed makes the same stories" }),
  count: z.number().int().min(10).max(2000).optional().openapi({ description: "How many stories (300 unless given)" }),
}).openapi("DemoCollectionInput");

export function registerDemoCollectionRoutes(api: Api, { database, patterns, events, config }: AppDeps) {
  const deps = { db: database.db, patterns, events };

  api.openapi(
    defineRoute({ method: "post", path: "/demo-collections", tags: ["Collections"], operationId: "createDemoCollection", security: signedIn,
      summary: "Make a demo vertelpunt: the template's framework and a few hundred invented stories with patterns to find, marked demo everywhere (admin)",
      request: { body: { ...jsonBody(DemoInput), required: false } }, errors: [401, 403, 409],
      responses: { 201: jsonContent(Collection, "Created, with its stories") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:manage");
      const input = c.req.valid("json") ?? {};
      const row = await createDemo(deps, caller, c.get("lang"), input);
      return c.json(presentCollection(row, config.publicUrl), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/demo-collections/{id}", tags: ["Collections"], operationId: "removeDemoCollection", security: signedIn,
      summary: "Remove the demo vertelpunt with its stories and framework (admin)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Removed" } } }),
    async (c) => {
      const { caller, resource: demo } = await reach(database.db, c.get("caller"), "demo", c.req.valid("param").id, "collection:manage");
      await removeDemo(deps, caller, demo);
      return c.body(null, 204);
    },
  );
}
