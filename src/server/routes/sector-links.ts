// The contributing organization's side (its admins): its signing key, its links to sectors on this
// instance or on a hub elsewhere, adopting a core version, and per collection opting in, releasing
// a month, and withdrawing everything.
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { sectorParticipation } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { budgetOf, releaseMonth, withdrawCollectionFromSector } from "../sector/contribute.ts";
import { adopt, createLink, findLink, type LinkRow, listLinks, setParticipation, signingKeysOf } from "../sector/links.ts";
import { participationsOf, releasesOf } from "../sector/ledger.ts";
import { CoreAdoption, CoreAdoptionInput, LinkParticipation, ReleaseSummary, SectorLink, SectorSigningKey, SectorLinkInput, SectorParticipation, SectorRelease, SectorReleaseInput } from "../../contract/sectors.ts";
import { presentFramework } from "../frameworks/present.ts";
import { reach } from "../access.ts";

const tags = ["Sectors"];
const DEFAULT_BUDGET = { numerator: 2, denominator: 1 };

export function registerSectorLinkRoutes(api: Api, { database, sectorOutbox }: AppDeps) {
  const { db } = database;
  const presentLink = async (link: LinkRow) => ({ id: link.id, sectorId: link.sectorId, sectorName: link.sectorName, hubUrl: link.hubUrl, budget: await budgetOf(db, link) });

  api.openapi(
    defineRoute({ method: "get", path: "/sector-signing-key", tags, operationId: "getSectorSigningKey", security: signedIn,
      summary: "The organization's Ed25519 public key that signs its contributions (made on first use; admin)", errors: [401, 403],
      responses: { 200: jsonContent(SectorSigningKey, "PEM (SPKI)") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:contribute");
      return c.json({ publicKey: (await signingKeysOf(db, caller.organizationId)).publicKey }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sector-links", tags, operationId: "createSectorLink", security: signedIn,
      summary: "Join a sector on this instance (sectorId) or on a hub elsewhere (hubUrl + the credential it issued); admin",
      request: { body: jsonBody(SectorLinkInput) }, errors: [401, 403, 404, 422, 503],
      responses: { 201: jsonContent(SectorLink, "Linked") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:contribute");
      const { budget, ...target } = c.req.valid("json");
      return c.json(await presentLink(await createLink(db, caller, target as Parameters<typeof createLink>[2], budget ?? DEFAULT_BUDGET)), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sector-links", tags, operationId: "listSectorLinks", security: signedIn,
      summary: "The sectors the organization contributes to, with the privacy budget spent (admin)", errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(SectorLink) }), "Links") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:contribute");
      return c.json({ items: await Promise.all((await listLinks(db, caller.organizationId)).map(presentLink)) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sector-links/{id}/participations", tags, operationId: "listSectorParticipations", security: signedIn,
      summary: "The collections that contribute to the sector, with their ε per release (admin)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(LinkParticipation) }), "Contributing collections") } }),
    async (c) => {
      const { resource: link } = await reach(db, c.get("caller"), "sectorLink", c.req.valid("param").id, "sector:contribute");
      return c.json({ items: await participationsOf(db, link) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sector-links/{id}/releases", tags, operationId: "listSectorReleases", security: signedIn,
      summary: "Every release to the sector, newest first, with the ε it spent; withdrawn ones too (admin)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(ReleaseSummary) }), "Releases") } }),
    async (c) => {
      const { resource: link } = await reach(db, c.get("caller"), "sectorLink", c.req.valid("param").id, "sector:contribute");
      return c.json({ items: await releasesOf(db, link) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sector-links/{id}/adoptions", tags, operationId: "adoptCoreFramework", security: signedIn,
      summary: "Adopt the sector's core framework into an own framework, with local questions and options (admin)",
      request: { params: IdParam, body: jsonBody(CoreAdoptionInput) }, errors: [401, 403, 404, 422, 503],
      responses: { 201: jsonContent(CoreAdoption, "The framework version that adopted it") } }),
    async (c) => {
      const { resource: link } = await reach(db, c.get("caller"), "sectorLink", c.req.valid("param").id, "sector:contribute");
      const adopted = await adopt(db, link, c.req.valid("json"));
      return c.json({ ...adopted, framework: presentFramework(adopted.framework) }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/collections/{id}/sector-participation", tags, operationId: "setSectorParticipation", security: signedIn,
      summary: "Let the collection contribute to a sector, with ε per monthly release (admin)",
      request: { params: IdParam, body: jsonBody(SectorParticipation) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(SectorParticipation, "Contributing") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "collection", id, "sector:contribute");
      const input = c.req.valid("json");
      await setParticipation(db, caller.organizationId, id, await findLink(db, caller.organizationId, input.linkId), input.epsilon);
      return c.json(input, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/collections/{id}/sector-participation", tags, operationId: "endSectorParticipation", security: signedIn,
      summary: "Stop contributing: everything the collection contributed is withdrawn from the sector (admin)",
      request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "collection", id, "sector:contribute");
      await withdrawCollectionFromSector(db, caller.organizationId, id, sectorOutbox.kick);
      await db.delete(sectorParticipation).where(eq(sectorParticipation.collectionId, id));
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/sector-releases", tags, operationId: "releaseToSector", security: signedIn,
      summary: "Release a month to the sector: noisy core aggregates (spends ε of the budget) and the stories whose tellers agreed (admin)",
      request: { params: IdParam, body: jsonBody(SectorReleaseInput) }, errors: [401, 403, 404, 409, 422],
      responses: { 201: jsonContent(SectorRelease, "Released (delivered, or queued for a hub elsewhere)") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "collection", id, "sector:contribute");
      const result = await releaseMonth(db, caller.organizationId, id, c.req.valid("json").month, sectorOutbox.kick);
      const { aggregates } = result;
      return c.json({
        aggregates: { id: aggregates.id, version: aggregates.version, epsilon: aggregates.epsilon, sensitivity: aggregates.sensitivity, plusMinus: aggregates.plusMinus },
        stories: result.stories.length, budget: result.budget,
      }, 201);
    },
  );
}
