// The hub's side of the contribution protocol, for instances elsewhere (topology b). A contributing
// instance authenticates with the credential the hub issued (Bearer vps_…), registers its
// organization's public key once, and delivers signed documents with their id as Idempotency-Key;
// the hub checks every signature, stores each document once and answers withdrawals. Organizations
// on this instance reach the same functions directly (sector/hub-client.ts). The same credential reads
// the sector's view, so that the contributing instance can show it to its members
// (sector/remote-view.ts): as any member organization sees it, with its own releases beside it.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { badRequest } from "../problem.ts";
import { type Contributor, contributorByCredential, coreVersionOf, receiveContribution, registerPublicKey, sectorNameOf, withdrawReceived } from "../sector/hub.ts";
import { sectorDiscovery } from "../sector/discovery.ts";
import { assertPeriod, sectorComparison, sectorPatterns, sectorTrend } from "../sector/patterns.ts";
import { sharedStories, similarSharedStories } from "../sector/shared-stories.ts";
import {
  CoreFramework, SectorComparison, SectorComparisonQuery, SectorContribution, SectorDiscovery, SectorHubReader, SectorHubRegistration, SectorPatterns, SectorPeriodQuery,
  SectorTrend, SectorTrendQuery, SharedStories, SharedStoryQuery, SigningKeyInput, SimilarSharedStories,
} from "../../contract/sectors.ts";

const tags = ["Sector hub"];
const security = [{ sectorCredential: [] }];
const VersionParam = z.object({ version: z.string().regex(/^(latest|[1-9][0-9]{0,5})$/).openapi({ param: { name: "version", in: "path" }, example: "latest" }) });
const StoryIdParam = z.object({ storyId: z.string().uuid().openapi({ param: { name: "storyId", in: "path" } }) });
/** The contributor reads the sector as a member organization does (never as its coordinator), its own releases beside the sector's. */
const viewerOf = (who: Contributor) => ({ id: who.sectorId, organizationId: who.organizationId, coordinating: false });
const readerOf = (who: Contributor, smallGroup?: number) => ({ organizationId: who.organizationId, contributorId: who.id, smallGroup });
const IdempotencyKey = z.object({ "idempotency-key": z.string().uuid().openapi({ param: { name: "idempotency-key", in: "header" }, description: "The contribution's id" }) });

export function registerSectorHubRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openAPIRegistry.registerComponent("securitySchemes", "sectorCredential", { type: "http", scheme: "bearer", description: "A credential the hub issued to a contributing instance (vps_…)" });
  const contributor = (c: Context) => contributorByCredential(db, c.req.header("authorization"));

  api.openapi(
    defineRoute({ method: "put", path: "/sector-hub/signing-key", tags, operationId: "registerSectorSigningKey", security, ownCredential: true,
      summary: "Register the contributing organization's Ed25519 public key (once; the same key again is fine)",
      request: { body: jsonBody(SigningKeyInput) }, errors: [401, 409],
      responses: { 200: jsonContent(SectorHubRegistration, "Registered: the sector this credential contributes to") } }),
    async (c) => {
      const who = await contributor(c);
      await registerPublicKey(db, who, c.req.valid("json").publicKey);
      return c.json({ sectorId: who.sectorId, sectorName: await sectorNameOf(db, who.sectorId) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sector-hub/core-frameworks/{version}", tags, operationId: "getSectorHubCoreFramework", security, ownCredential: true,
      summary: "A published version of the sector's core framework ('latest' for the newest)", request: { params: VersionParam }, errors: [401, 404],
      responses: { 200: jsonContent(CoreFramework, "The version") } }),
    async (c) => {
      const who = await contributor(c);
      const { version } = c.req.valid("param");
      return c.json(await coreVersionOf(db, who.sectorId, version === "latest" ? undefined : Number(version)), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sector-hub/contributions", tags, operationId: "deliverSectorContribution", security, ownCredential: true,
      summary: "Deliver a signed contribution; a retry with the same Idempotency-Key is stored once",
      request: { headers: IdempotencyKey, body: jsonBody(SectorContribution) }, errors: [401, 422],
      responses: { 201: { description: "Stored" }, 200: { description: "Stored earlier under this Idempotency-Key" } } }),
    async (c) => {
      const who = await contributor(c);
      const contribution = c.req.valid("json");
      if (c.req.valid("header")["idempotency-key"] !== contribution.id) throw badRequest([{ name: "Idempotency-Key", reason: "must be the contribution's id" }]);
      const outcome = await receiveContribution(db, who, contribution);
      return c.body(null, outcome === "stored" ? 201 : 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/sector-hub/contributions/{id}", tags, operationId: "withdrawSectorContribution", security, ownCredential: true,
      summary: "Withdraw a contribution: the hub drops its content for good (also when it has not arrived yet)", request: { params: IdParam }, errors: [401],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      await withdrawReceived(db, await contributor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  registerSectorHubViewRoutes(api, contributor, db);
}

function registerSectorHubViewRoutes(api: Api, contributor: (c: Context) => Promise<Contributor>, db: AppDeps["database"]["db"]) {
  const view = { tags, security, ownCredential: true as const, errors: [400, 401, 404] };
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/patterns", operationId: "getSectorHubPatterns",
      summary: "The sector's patterns over a period, as a member organization sees them, the credential's own releases beside them",
      request: { query: SectorPeriodQuery.merge(SectorHubReader) }, responses: { 200: jsonContent(SectorPatterns, "The patterns") } }),
    async (c) => {
      const who = await contributor(c);
      const { smallGroup, ...period } = c.req.valid("query");
      assertPeriod(period.from, period.to);
      return c.json(await sectorPatterns(db, readerOf(who, smallGroup), { ...viewerOf(who), name: await sectorNameOf(db, who.sectorId) }, period), 200);
    },
  );
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/discovery", operationId: "discoverSectorHubPatterns",
      summary: "What stands out in the sector's situation × intervention × outcome table over a period, beyond sampling and the noise",
      request: { query: SectorPeriodQuery.merge(SectorHubReader) }, responses: { 200: jsonContent(SectorDiscovery, "The findings") } }),
    async (c) => {
      const who = await contributor(c);
      const { smallGroup, ...period } = c.req.valid("query");
      assertPeriod(period.from, period.to);
      return c.json(await sectorDiscovery(db, readerOf(who, smallGroup), viewerOf(who), period), 200);
    },
  );
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/trends", operationId: "getSectorHubTrend", summary: "One core question of the sector month by month",
      request: { query: SectorTrendQuery.merge(SectorHubReader) }, responses: { 200: jsonContent(SectorTrend, "Month by month, oldest first") } }),
    async (c) => {
      const who = await contributor(c);
      const { smallGroup, question } = c.req.valid("query");
      return c.json(await sectorTrend(db, readerOf(who, smallGroup), viewerOf(who), question), 200);
    },
  );
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/comparisons", operationId: "compareSectorHubPeriods", summary: "Two periods of the sector compared",
      request: { query: SectorComparisonQuery.merge(SectorHubReader) }, responses: { 200: jsonContent(SectorComparison, "The comparison") } }),
    async (c) => {
      const who = await contributor(c);
      const { smallGroup, aFrom, aTo, bFrom, bTo } = c.req.valid("query");
      assertPeriod(aFrom, aTo, "aFrom");
      assertPeriod(bFrom, bTo, "bFrom");
      return c.json(await sectorComparison(db, readerOf(who, smallGroup), viewerOf(who), { from: aFrom, to: aTo }, { from: bFrom, to: bTo }), 200);
    },
  );
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/stories", operationId: "listSectorHubStories", summary: "The sector's shared stories: the newest, or the best matches of q",
      request: { query: SharedStoryQuery.merge(SectorHubReader) }, responses: { 200: jsonContent(SharedStories, "Shared stories, as /sectors/{id}/stories lists them") } }),
    async (c) => {
      const who = await contributor(c);
      const { q, limit } = c.req.valid("query");
      return c.json({ items: await sharedStories(db, viewerOf(who), { q, limit }) }, 200);
    },
  );
  api.openapi(
    defineRoute({ ...view, method: "get", path: "/sector-hub/stories/{storyId}/similar", operationId: "listSimilarSectorHubStories", summary: "Up to ten shared stories most like this one",
      request: { params: StoryIdParam, query: SectorHubReader }, responses: { 200: jsonContent(SimilarSharedStories, "Most similar first") } }),
    async (c) => {
      const who = await contributor(c);
      return c.json({ items: await similarSharedStories(db, viewerOf(who), c.req.valid("param").storyId) }, 200);
    },
  );
}
