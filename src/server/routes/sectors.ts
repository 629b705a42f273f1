// A sector hosted on this instance: its coordinating organization's admins create it, add member
// organizations, publish core versions and issue credentials to instances elsewhere; members read
// its combined figures and shared stories.
import { z } from "@hono/zod-openapi";
import { frameworkDefinition } from "../../core/framework.ts";
import { coreMapping } from "../../core/sector/core-framework.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { addMember, coreVersionOf, createSector, issueCredential, listSectors, mustCoordinate, publishCoreVersion } from "../sector/hub.ts";
import { combinedAggregates, sharedStories } from "../sector/view.ts";
import { reach } from "../access.ts";

const tags = ["Sectors"];
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ example: "2026-11" });
const Sector = z.object({ id: z.string().uuid(), name: z.string(), coordinatorId: z.string().uuid(), createdAt: z.string().datetime({ offset: true }) }).openapi("Sector");
export const CoreFramework = z.object({
  version: z.number().int(),
  definition: frameworkDefinition.meta({ id: "CoreFrameworkDefinition" }),
  mapping: coreMapping.openapi({ description: "This version's question and option ids → the sector's lasting core ids" }),
}).openapi("CoreFramework");
const CoreFrameworkInput = z.object({ definition: frameworkDefinition, mapping: coreMapping.optional() }).openapi("CoreFrameworkInput");
const Credential = z.object({ id: z.string().uuid(), name: z.string(), credential: z.string().openapi({ description: "Shown once: the contributing instance sends it as Bearer to /sector-hub" }) }).openapi("SectorCredential");
const CombinedCell = z.object({ cell: z.string(), count: z.number().int(), plusMinus: z.number().int().openapi({ description: "95% of the summed noise lies within ± this" }), hidden: z.number().int(), releases: z.number().int() });
const SectorAggregates = z.object({
  month: z.string().nullable(), releases: z.number().int(), organizations: z.number().int(),
  histograms: z.array(z.object({ key: z.string(), cells: z.array(CombinedCell) })),
}).openapi("SectorAggregates");
const SharedStory = z.object({
  id: z.string().uuid(), organization: z.string(), month: z.string(), title: z.string().nullable(), text: z.string(), language: z.string(), coreVersion: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
}).openapi("SharedStory");
const SectorVersionParams = IdParam.extend({ version: z.coerce.number().int().min(1).openapi({ param: { name: "version", in: "path" } }) });

const presentSector = (s: { id: string; name: string; organizationId?: string; coordinatorId?: string; createdAt: Date }) =>
  ({ id: s.id, name: s.name, coordinatorId: (s.coordinatorId ?? s.organizationId)!, createdAt: s.createdAt.toISOString() });

export function registerSectorRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/sectors", tags, operationId: "createSector", security: signedIn,
      summary: "Start a sector that this organization coordinates (admin)", request: { body: jsonBody(z.object({ name: z.string().trim().min(1).max(200) })) }, errors: [401, 403],
      responses: { 201: jsonContent(Sector, "Created; the organization is its first member") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:coordinate");
      return c.json(presentSector(await createSector(db, caller.organizationId, c.req.valid("json").name)), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors", tags, operationId: "listSectors", security: signedIn,
      summary: "The sectors on this instance the organization belongs to", errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Sector) }), "Sectors") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:read");
      return c.json({ items: (await listSectors(db, caller.organizationId)).map(presentSector) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sectors/{id}/members", tags, operationId: "addSectorMember", security: signedIn,
      summary: "Add an organization on this instance to the sector (coordinating admin)",
      request: { params: IdParam, body: jsonBody(z.object({ organizationId: z.string().uuid() })) }, errors: [401, 403, 404],
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
    defineRoute({ method: "post", path: "/sectors/{id}/credentials", tags, operationId: "issueSectorCredential", security: signedIn,
      summary: "A credential for an organization's own instance to contribute to this hub (coordinating admin)",
      request: { params: IdParam, body: jsonBody(z.object({ name: z.string().trim().min(1).max(200) })) }, errors: [401, 403, 404],
      responses: { 201: jsonContent(Credential, "Issued; the credential is not shown again") } }),
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
      return c.json(await combinedAggregates(db, found.id, c.req.valid("query").month), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/stories", tags, operationId: "listSectorStories", security: signedIn,
      summary: "Stories the tellers agreed to share with the sector (redacted; no person, team or exact time)",
      request: { params: IdParam, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(SharedStory) }), "Shared stories, newest month first") } }),
    async (c) => {
      const { resource: found } = await reach(db, c.get("caller"), "sector", c.req.valid("param").id, "sector:read");
      return c.json({ items: await sharedStories(db, found.id, c.req.valid("query").limit) }, 200);
    },
  );
}
