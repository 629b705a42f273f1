// A sector hosted on this instance: its coordinating organization's admins create it, add member
// organizations, publish core versions and issue credentials to instances elsewhere; members read
// its combined figures (the sector view's own routes: sector-view.ts).
import { z } from "@hono/zod-openapi";
import {
  CoreFramework, CoreFrameworkInput, CoreFrameworkSummary, Month, Sector, SectorAggregates, SectorCredential, SectorCredentialSummary, SectorMember,
  SectorMemberInput, SectorName,
} from "../../contract/sectors.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import {
  addMember, coreVersionOf, coreVersionsOf, createSector, credentialsOf, issueCredential, listSectors, membersOf, mustCoordinate, publishCoreVersion, revokeCredential,
} from "../sector/hub.ts";
import { remoteLinks } from "../sector/remote-view.ts";
import { combinedAggregates } from "../sector/view.ts";
import { reach } from "../access.ts";

const tags = ["Sectors"];
const CredentialParams = IdParam.extend({ credentialId: z.string().uuid().openapi({ param: { name: "credentialId", in: "path" } }) });
const SectorVersionParams = IdParam.extend({ version: z.coerce.number().int().min(1).openapi({ param: { name: "version", in: "path" } }) });

const presentSector = (s: { id: string; name: string; organizationId?: string; coordinatorId?: string | null; createdAt: Date }) =>
  ({ id: s.id, name: s.name, coordinatorId: s.coordinatorId === undefined ? s.organizationId! : s.coordinatorId, createdAt: s.createdAt.toISOString() });

export function registerSectorRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/sectors", tags, operationId: "createSector", security: signedIn,
      summary: "Start a sector that this organization coordinates (admin)", request: { body: jsonBody(SectorName) }, errors: [401, 403],
      responses: { 201: jsonContent(Sector, "Created; the organization is its first member") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:coordinate");
      return c.json(presentSector(await createSector(db, caller.organizationId, c.req.valid("json").name)), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors", tags, operationId: "listSectors", security: signedIn,
      summary: "The sectors the organization belongs to: on this instance, then those on a hub elsewhere it contributes to", errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Sector) }), "Sectors") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:read");
      const elsewhere = (await remoteLinks(db, caller.organizationId)).map((l) => ({ id: l.sectorId, name: l.sectorName, coordinatorId: null, createdAt: l.createdAt }));
      return c.json({ items: [...await listSectors(db, caller.organizationId), ...elsewhere].map(presentSector) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/members", tags, operationId: "listSectorMembers", security: signedIn,
      summary: "The organizations on this instance in the sector, the coordinator first (coordinating admin)",
      request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(SectorMember) }), "Members") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:coordinate");
      mustCoordinate(found);
      return c.json({ items: await membersOf(db, found) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sectors/{id}/members", tags, operationId: "addSectorMember", security: signedIn,
      summary: "Add an organization on this instance to the sector (coordinating admin)",
      request: { params: IdParam, body: jsonBody(SectorMemberInput) }, errors: [401, 403, 404],
      responses: { 204: { description: "A member" } } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:coordinate");
      mustCoordinate(found);
      await addMember(db, found, c.req.valid("json").organizationId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sectors/{id}/core-frameworks", tags, operationId: "publishCoreFramework", security: signedIn,
      summary: "Publish the next version of the sector's core framework; published versions never change (coordinating admin)",
      request: { params: IdParam, body: jsonBody(CoreFrameworkInput) }, errors: [401, 403, 404],
      responses: { 201: jsonContent(CoreFramework, "The published version") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:coordinate");
      mustCoordinate(found);
      const { definition, mapping } = c.req.valid("json");
      return c.json(await publishCoreVersion(db, found, definition, mapping ?? { questions: {} }), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/core-frameworks", tags, operationId: "listCoreFrameworks", security: signedIn,
      summary: "The published versions of the core framework, newest first", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(CoreFrameworkSummary) }), "Versions") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      await reach(db, c.get("caller"), "sector", id, "sector:read");
      return c.json({ items: await coreVersionsOf(db, id) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/core-frameworks/{version}", tags, operationId: "getCoreFramework", security: signedIn,
      summary: "One published version of the core framework", request: { params: SectorVersionParams }, errors: [401, 404],
      responses: { 200: jsonContent(CoreFramework, "The version") } }),
    async (c) => {
      const { id, version } = c.req.valid("param");
      await reach(db, c.get("caller"), "sector", id, "sector:read");
      return c.json(await coreVersionOf(db, id, version), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/credentials", tags, operationId: "listSectorCredentials", security: signedIn,
      summary: "The credentials issued to instances elsewhere, newest first; never the credential itself (coordinating admin)",
      request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(SectorCredentialSummary) }), "Credentials") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:coordinate");
      mustCoordinate(found);
      return c.json({ items: await credentialsOf(db, found) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/sectors/{id}/credentials/{credentialId}", tags, operationId: "revokeSectorCredential", security: signedIn,
      summary: "Revoke a credential: the instance can no longer deliver or withdraw; what it delivered stays (coordinating admin)",
      request: { params: CredentialParams }, errors: [401, 403, 404],
      responses: { 204: { description: "Revoked" } } }),
    async (c) => {
      const { id, credentialId } = c.req.valid("param");
      const { resource: found } = await reach(db, c.get("caller"), "sector", id, "sector:coordinate");
      mustCoordinate(found);
      await revokeCredential(db, found, credentialId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sectors/{id}/credentials", tags, operationId: "issueSectorCredential", security: signedIn,
      summary: "A credential for an organization's own instance to contribute to this hub (coordinating admin)",
      request: { params: IdParam, body: jsonBody(SectorName) }, errors: [401, 403, 404],
      responses: { 201: jsonContent(SectorCredential, "Issued; the credential is not shown again") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:coordinate");
      mustCoordinate(found);
      return c.json(await issueCredential(db, found, c.req.valid("json").name), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/aggregates", tags, operationId: "getSectorAggregates", security: signedIn,
      summary: "The sector's combined core figures: every organization's latest release, noise stated as ± per figure",
      request: { params: IdParam, query: z.object({ month: Month.optional() }) }, errors: [401, 404],
      responses: { 200: jsonContent(SectorAggregates, "Combined figures") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:read");
      return c.json(await combinedAggregates(db, found, c.req.valid("query").month), 200);
    },
  );
}
