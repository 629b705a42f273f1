import { z } from "@hono/zod-openapi";
import { Team, TeamInput } from "../../contract/people.ts";
import { redactedText } from "../../core/privacy/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { listTeams } from "../people/members.ts";
import { authorize } from "../policy.ts";

export function registerTeamRoutes(api: Api, { database, auth }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "post", path: "/teams", tags: ["People"], operationId: "createTeam",
      summary: "A team, e.g. a wijkteam (admin)", security: signedIn,
      request: { body: jsonBody(TeamInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Team, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "team:manage");
      // Colleagues see team names beside stories and on the people page: no personal data in them.
      const name = redactedText(c.req.valid("json").name);
      const created = await auth.api.createTeam({ body: { name, organizationId: caller.organizationId } });
      return c.json({ id: created.id, name: created.name, createdAt: new Date(created.createdAt).toISOString() }, 201);
    },
  );
  api.openapi(
    defineRoute({ method: "get", path: "/teams", tags: ["People"], operationId: "listTeams",
      summary: "Teams of the organization", security: signedIn, errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Team) }), "Teams") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const rows = await listTeams(db, caller);
      return c.json({ items: rows.map((t) => ({ id: t.id, name: t.name, createdAt: t.createdAt.toISOString() })) }, 200);
    },
  );
}
