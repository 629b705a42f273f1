// The contributing organization's side (its admins): its signing key, its links to sectors on this
// instance or on a hub elsewhere, adopting a core version, and per collection opting in, releasing
// a month, and withdrawing everything.
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { adoptionInput } from "../../core/sector/core-framework.ts";
import { sectorParticipation } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { budgetOf, releaseMonth, withdrawCollectionFromSector } from "../sector/contribute.ts";
import { adopt, createLink, findLink, type LinkRow, listLinks, setParticipation, signingKeysOf } from "../sector/links.ts";
import { Framework } from "../../contract/frameworks.ts";
import { presentFramework } from "../frameworks/present.ts";
import { reach } from "../access.ts";

const tags = ["Sectors"];
const Fraction = (description: string) => z.object({ numerator: z.number().int().min(1).max(1000), denominator: z.number().int().min(1).max(1000) }).openapi({ description });
const LinkInput = z.union([
  z.object({ sectorId: z.string().uuid(), budget: Fraction("The privacy budget: the most ε all releases together may use").optional() }),
  z.object({ hubUrl: z.string().url().max(500), credential: z.string().regex(/^vps_[A-Za-z0-9_-]{43}$/), budget: Fraction("The privacy budget").optional() }),
]).openapi("SectorLinkInput");
const SectorLink = z.object({
  id: z.string().uuid(), sectorId: z.string().uuid(), sectorName: z.string(), hubUrl: z.string().nullable(),
  budget: z.object({ budget: z.number(), spent: z.number(), releases: z.number().int() }),
}).openapi("SectorLink");
const AdoptionInput = adoptionInput.extend({
  coreVersion: z.number().int().min(1).optional().openapi({ description: "Without it: the newest" }),
  frameworkId: z.string().uuid().optional().openapi({ description: "Adopt into this framework (a new version); without it a new framework is made" }),
  name: z.string().trim().min(1).max(200).optional(),
}).openapi("CoreAdoptionInput");
const Adoption = z.object({ framework: Framework, coreVersion: z.number().int(), coreQuestionIds: z.array(z.string()) }).openapi("CoreAdoption");
const Participation = z.object({ linkId: z.string().uuid(), epsilon: Fraction("ε per monthly release, e.g. 1/2") }).openapi("SectorParticipation");
const Release = z.object({
  aggregates: z.object({ id: z.string().uuid(), version: z.number().int(), epsilon: z.object({ numerator: z.number().int(), denominator: z.number().int() }), sensitivity: z.number().int(), plusMinus: z.number().int() }),
  stories: z.number().int().openapi({ description: "Stories shared for the first time with this release" }),
  budget: z.object({ budget: z.number(), spent: z.number(), releases: z.number().int() }),
}).openapi("SectorRelease");
const DEFAULT_BUDGET = { numerator: 2, denominator: 1 };

export function registerSectorLinkRoutes(api: Api, { database, sectorOutbox }: AppDeps) {
  const { db } = database;
  const presentLink = async (link: LinkRow) => ({ id: link.id, sectorId: link.sectorId, sectorName: link.sectorName, hubUrl: link.hubUrl, budget: await budgetOf(db, link) });

  api.openapi(
    defineRoute({ method: "get", path: "/sector-signing-key", tags, operationId: "getSectorSigningKey", security: signedIn,
      summary: "The organization's Ed25519 public key that signs its contributions (made on first use; admin)", errors: [401, 403],
      responses: { 200: jsonContent(z.object({ publicKey: z.string() }).openapi("SectorSigningKey"), "PEM (SPKI)") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "sector:contribute");
      return c.json({ publicKey: (await signingKeysOf(db, caller.organizationId)).publicKey }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sector-links", tags, operationId: "createSectorLink", security: signedIn,
      summary: "Join a sector on this instance (sectorId) or on a hub elsewhere (hubUrl + the credential it issued); admin",
      request: { body: jsonBody(LinkInput) }, errors: [401, 403, 404, 422, 503],
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
    defineRoute({ method: "post", path: "/sector-links/{id}/adoptions", tags, operationId: "adoptCoreFramework", security: signedIn,
      summary: "Adopt the sector's core framework into an own framework, with local questions and options (admin)",
      request: { params: IdParam, body: jsonBody(AdoptionInput) }, errors: [401, 403, 404, 422, 503],
      responses: { 201: jsonContent(Adoption, "The framework version that adopted it") } }),
    async (c) => {
      const { resource: link } = await reach(db, c.get("caller"), "sectorLink", c.req.valid("param").id, "sector:contribute");
      const adopted = await adopt(db, link, c.req.valid("json"));
      return c.json({ ...adopted, framework: presentFramework(adopted.framework) }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/collections/{id}/sector-participation", tags, operationId: "setSectorParticipation", security: signedIn,
      summary: "Let the collection contribute to a sector, with ε per monthly release (admin)",
      request: { params: IdParam, body: jsonBody(Participation) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Participation, "Contributing") } }),
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
      request: { params: IdParam, body: jsonBody(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).openapi({ example: "2026-11" }) })) }, errors: [401, 403, 404, 409, 422],
      responses: { 201: jsonContent(Release, "Released (delivered, or queued for a hub elsewhere)") } }),
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
