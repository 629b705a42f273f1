// The admin's first steps, read from what is there: a framework, a vertelpunt, its link used by a
// teller, the first stories, enough stories for patterns. The demo never counts.
import { GettingStarted, stepIds } from "../../contract/organization.ts";
import type { Api, AppDeps } from "../context.ts";
import { gettingStarted } from "../collections/getting-started.ts";
import { defineRoute, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";


export function registerGettingStartedRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/getting-started", tags: ["Collections"], operationId: "getGettingStarted", security: signedIn,
      summary: "The first steps of setting up Vertelpunt and which are done (admin)", errors: [401, 403],
      responses: { 200: jsonContent(GettingStarted, "The steps") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:manage");
      const { done, ...rest } = await gettingStarted(db, caller);
      return c.json({ steps: stepIds.map((id) => ({ id, done: done[id] })), ...rest }, 200);
    },
  );
}
