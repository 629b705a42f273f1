// The sector view for members of the sector's organizations: the patterns of the sector's combined
// releases (with the noise stated and counted in every interval), one question month by month, two
// periods compared, discovery over the situation × intervention × outcome table, and the stories
// tellers agreed to share: the newest, found by words, or like one.
// Each reaches the sector through access.ts: a sector the caller's organization is not part of is 404.
// For a sector on a hub elsewhere the view comes from that hub (sector/remote-view.ts).
import { z } from "@hono/zod-openapi";
import {
  SectorComparison, SectorComparisonQuery, SectorDiscovery, SectorPatterns, SectorPeriodQuery, SectorTrend, SectorTrendQuery, SharedStories, SharedStoryQuery, SimilarSharedStories,
} from "../../contract/sectors.ts";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";
import { sectorDiscovery } from "../sector/discovery.ts";
import { assertPeriod, sectorComparison, sectorPatterns, sectorTrend } from "../sector/patterns.ts";
import { viewFromHub } from "../sector/remote-view.ts";
import { sharedStories, similarSharedStories } from "../sector/shared-stories.ts";

const tags = ["Sectors"];
const SharedStoryParams = IdParam.extend({ storyId: z.string().uuid().openapi({ param: { name: "storyId", in: "path" } }) });

export function registerSectorViewRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/patterns", tags, operationId: "getSectorPatterns", security: signedIn,
      summary: "The sector's patterns over a period: per core question the combined figures (± of the noise, share intervals with the noise counted in), the caller's organization beside them, what works, and who contributes",
      request: { params: IdParam, query: SectorPeriodQuery }, errors: [400, 401, 404, 502, 503],
      responses: { 200: jsonContent(SectorPatterns, "The patterns") } }),
    async (c) => {
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", c.req.valid("param").id, "sector:read");
      const period = c.req.valid("query");
      assertPeriod(period.from, period.to);
      if (link) return c.json(await viewFromHub(db, caller, link, "/patterns", period, SectorPatterns), 200);
      return c.json(await sectorPatterns(db, caller, sector, period), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/discovery", tags, operationId: "discoverSectorPatterns", security: signedIn,
      summary: "Answers of the situation × intervention × outcome table that go together more or less often than elsewhere, beyond sampling and the noise (Benjamini–Hochberg over every tested pair)",
      request: { params: IdParam, query: SectorPeriodQuery }, errors: [400, 401, 404, 502, 503],
      responses: { 200: jsonContent(SectorDiscovery, "The findings, with the ± of each difference") } }),
    async (c) => {
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", c.req.valid("param").id, "sector:read");
      const period = c.req.valid("query");
      assertPeriod(period.from, period.to);
      if (link) return c.json(await viewFromHub(db, caller, link, "/discovery", period, SectorDiscovery), 200);
      return c.json(await sectorDiscovery(db, caller, sector, period), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/trends", tags, operationId: "getSectorTrend", security: signedIn,
      summary: "One core question month by month: each month's combined figures with their ± and share intervals",
      request: { params: IdParam, query: SectorTrendQuery }, errors: [401, 404, 502, 503],
      responses: { 200: jsonContent(SectorTrend, "Month by month, oldest first") } }),
    async (c) => {
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", c.req.valid("param").id, "sector:read");
      const { question } = c.req.valid("query");
      if (link) return c.json(await viewFromHub(db, caller, link, "/trends", { question }, SectorTrend), 200);
      return c.json(await sectorTrend(db, caller, sector, question), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/comparisons", tags, operationId: "compareSectorPeriods", security: signedIn,
      summary: "Two periods of the sector compared: per core question and answer the shares in A and B, and B − A with its 95% interval (noise counted in)",
      request: { params: IdParam, query: SectorComparisonQuery }, errors: [400, 401, 404, 502, 503],
      responses: { 200: jsonContent(SectorComparison, "The comparison") } }),
    async (c) => {
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", c.req.valid("param").id, "sector:read");
      const { aFrom, aTo, bFrom, bTo } = c.req.valid("query");
      assertPeriod(aFrom, aTo, "aFrom");
      assertPeriod(bFrom, bTo, "bFrom");
      if (link) return c.json(await viewFromHub(db, caller, link, "/comparisons", { aFrom, aTo, bFrom, bTo }, SectorComparison), 200);
      return c.json(await sectorComparison(db, caller, sector, { from: aFrom, to: aTo }, { from: bFrom, to: bTo }), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/stories", tags, operationId: "listSectorStories", security: signedIn,
      summary: "Stories the tellers agreed to share with the sector (redacted; no person, team or exact time), the newest or those matching q",
      request: { params: IdParam, query: SharedStoryQuery }, errors: [401, 404, 502, 503],
      responses: { 200: jsonContent(SharedStories, "Shared stories: with q, the best matches among the newest 1,000 that match (ranked), else newest month first") } }),
    async (c) => {
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", c.req.valid("param").id, "sector:read");
      const query = c.req.valid("query");
      if (link) return c.json(await viewFromHub(db, caller, link, "/stories", query, SharedStories), 200);
      return c.json({ items: await sharedStories(db, sector, query) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sectors/{id}/stories/{storyId}/similar", tags, operationId: "listSimilarSectorStories", security: signedIn,
      summary: "Up to ten shared stories most like this one (words and core answers), with what they share",
      request: { params: SharedStoryParams }, errors: [401, 404, 502, 503],
      responses: { 200: jsonContent(SimilarSharedStories, "Most similar first") } }),
    async (c) => {
      const { id, storyId } = c.req.valid("param");
      const { caller, resource: { sector, link } } = await reach(db, c.get("caller"), "sectorPlace", id, "sector:read");
      if (link) return c.json(await viewFromHub(db, caller, link, `/stories/${storyId}/similar`, {}, SimilarSharedStories), 200);
      return c.json({ items: await similarSharedStories(db, sector, storyId) }, 200);
    },
  );
}
