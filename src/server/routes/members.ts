import { and, eq, inArray } from "drizzle-orm";
import { member, team, teamMember, user } from "../../db/schema/index.ts";
import { MemberAdded, MemberInput, MemberList, MemberUpdate } from "../../contract/people.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { addMember, createAccount } from "../people/accounts.ts";
import { changeMember, findMember, removeMember } from "../people/membership.ts";
import { authorize, roles } from "../policy.ts";
import { badRequest } from "../problem.ts";

export function registerMemberRoutes(api: Api, { database, auth }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/members", tags: ["People"], operationId: "createMember",
      summary: "Add a person to the organization (admin)", security: signedIn,
      request: { body: jsonBody(MemberInput) }, errors: [401, 403, 409],
      responses: { 201: jsonContent(MemberAdded, "Added") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      const input = c.req.valid("json");
      const teamIds = [...new Set(input.teamIds ?? [])];
      if (teamIds.length > 0) {
        const found = await db.select({ id: team.id }).from(team)
          .where(and(eq(team.organizationId, caller.organizationId), inArray(team.id, teamIds)));
        if (found.length !== teamIds.length) throw badRequest([{ name: "teamIds", reason: "unknown team", code: "unknownTeam" }]);
      }
      const userId = await createAccount(auth, db, { name: input.name, email: input.email, password: input.password });
      const added = await addMember(auth, db, caller.organizationId, userId, input.role, teamIds);
      return c.json({ id: added!.id, userId, role: input.role }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/members", tags: ["People"], operationId: "listMembers",
      summary: "People in the organization", security: signedIn, errors: [401, 403],
      responses: { 200: jsonContent(MemberList, "Members") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:read");
      const rows = await db
        .select({ id: member.id, userId: member.userId, name: user.name, email: user.email, role: member.role, deactivatedAt: member.deactivatedAt, createdAt: member.createdAt })
        .from(member).innerJoin(user, eq(user.id, member.userId))
        .where(eq(member.organizationId, caller.organizationId))
        .orderBy(user.name);
      const memberships = await db.select({ userId: teamMember.userId, teamId: teamMember.teamId })
        .from(teamMember).innerJoin(team, eq(team.id, teamMember.teamId))
        .where(eq(team.organizationId, caller.organizationId));
      const items = rows.map(({ deactivatedAt, ...r }) => ({
        ...r,
        role: r.role as (typeof roles)[number],
        active: deactivatedAt === null,
        createdAt: r.createdAt.toISOString(),
        teamIds: memberships.filter((m) => m.userId === r.userId).map((m) => m.teamId),
      }));
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "patch", path: "/members/{id}", tags: ["People"], operationId: "updateMember",
      summary: "Change a member's role, or deactivate or reactivate them (admin); the last active admin stays", security: signedIn,
      request: { params: IdParam, body: jsonBody(MemberUpdate) }, errors: [401, 403, 404, 409],
      responses: { 204: { description: "Changed" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const { id } = await findMember(db, caller.organizationId, c.req.valid("param").id);
      await changeMember(db, authorize(caller, "member:manage"), id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/members/{id}", tags: ["People"], operationId: "deleteMember",
      summary: "Remove a member from the organization (admin); what they wrote stays", security: signedIn,
      request: { params: IdParam }, errors: [401, 403, 404, 409],
      responses: { 204: { description: "Removed" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const { id } = await findMember(db, caller.organizationId, c.req.valid("param").id);
      await removeMember(db, authorize(caller, "member:manage"), id);
      return c.body(null, 204);
    },
  );
}
