import { reach } from "../access.ts";
import { MemberAdded, MemberInput, MemberList, MemberUpdate } from "../../contract/people.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { addPerson, listMembers } from "../people/members.ts";
import { changeMember, removeMember } from "../people/membership.ts";
import { authorize } from "../policy.ts";

export function registerMemberRoutes(api: Api, { database, auth }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/members", tags: ["People"], operationId: "createMember",
      summary: "Add a person to the organization (admin)", security: signedIn,
      request: { body: jsonBody(MemberInput) }, errors: [401, 403, 409],
      responses: { 201: jsonContent(MemberAdded, "Added") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:manage");
      return c.json(await addPerson(auth, db, caller, c.req.valid("json")), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/members", tags: ["People"], operationId: "listMembers",
      summary: "People in the organization", security: signedIn, errors: [401, 403],
      responses: { 200: jsonContent(MemberList, "Members") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "member:read");
      return c.json({ items: await listMembers(db, caller) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "patch", path: "/members/{id}", tags: ["People"], operationId: "updateMember",
      summary: "Change a member's role, or deactivate or reactivate them (admin); the last active admin stays", security: signedIn,
      request: { params: IdParam, body: jsonBody(MemberUpdate) }, errors: [401, 403, 404, 409],
      responses: { 204: { description: "Changed" } } }),
    async (c) => {
      const { caller, resource: { id } } = await reach(db, c.get("caller"), "member", c.req.valid("param").id, "member:manage");
      await changeMember(db, caller, id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/members/{id}", tags: ["People"], operationId: "deleteMember",
      summary: "Remove a member from the organization (admin); what they wrote stays", security: signedIn,
      request: { params: IdParam }, errors: [401, 403, 404, 409],
      responses: { 204: { description: "Removed" } } }),
    async (c) => {
      const { caller, resource: { id } } = await reach(db, c.get("caller"), "member", c.req.valid("param").id, "member:manage");
      await removeMember(db, caller, id);
      return c.body(null, 204);
    },
  );
}
