// What an anonymous teller can do with the private receipt link: see what happened with the story
// ("wat er met je verhaal gebeurde") and withdraw it.
import { z } from "@hono/zod-openapi";
import { and, asc, count, eq } from "drizzle-orm";
import { followUp, interpretation, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent } from "../openapi.ts";
import { findAnonymousStory } from "../stories/receipts.ts";
import { withdrawStoryFromSector } from "../sector/contribute.ts";

export const TokenParam = z.object({
  token: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}$/).openapi({ param: { name: "token", in: "path" } }),
});
const FollowUp = z.object({ kind: z.enum(["action", "response"]), text: z.string(), createdAt: z.string().datetime({ offset: true }) }).openapi("FollowUp");
const Receipt = z.object({
  collectionName: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  toldAt: z.string().datetime({ offset: true }),
  interpretations: z.number().int().openapi({ description: "How many times colleagues interpreted the story" }),
  followUps: z.array(FollowUp),
}).openapi("Receipt");

export function registerReceiptRoutes(api: Api, { database, config, events, sectorOutbox }: AppDeps) {
  const { db } = database;
  const anonymousStory = (token: string) => findAnonymousStory(db, config.secret, token);

  api.openapi(
    defineRoute({ method: "get", path: "/receipts/{token}", tags: ["Public"], operationId: "getReceipt",
      summary: "What happened with an anonymous teller's story (private link, no account)", request: { params: TokenParam }, errors: [404],
      responses: { 200: jsonContent(Receipt, "The story and what was done with it") } }),
    async (c) => {
      const { story: s, collectionName } = await anonymousStory(c.req.valid("param").token);
      const scope = (table: typeof followUp | typeof interpretation) => and(eq(table.organizationId, s.organizationId), eq(table.storyId, s.id));
      const [interpretations] = await db.select({ n: count() }).from(interpretation).where(scope(interpretation));
      const followUps = await db.select().from(followUp).where(scope(followUp)).orderBy(asc(followUp.createdAt));
      return c.json({
        collectionName, title: s.title, text: s.text, toldAt: s.toldAt.toISOString(), interpretations: Number(interpretations?.n ?? 0),
        followUps: followUps.map((f) => ({ kind: f.kind as "action" | "response", text: f.text, createdAt: f.createdAt.toISOString() })),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/receipts/{token}", tags: ["Public"], operationId: "withdrawStory",
      summary: "Withdraw the story: it is erased for good, and withdrawn from the sector if it was shared", request: { params: TokenParam }, errors: [404],
      responses: { 204: { description: "Erased" } } }),
    async (c) => {
      const { story: s } = await anonymousStory(c.req.valid("param").token);
      // Shared with the sector? It leaves the sector first, so a failure leaves the story to withdraw again.
      await withdrawStoryFromSector(db, s.organizationId, s.id, sectorOutbox.kick);
      await db.transaction(async (tx) => {
        await tx.delete(story).where(eq(story.id, s.id));
        await audit(tx, { organizationId: s.organizationId }, "story.withdrawn", "story", s.id);
      });
      await events.publish({ type: "story.erased", organizationId: s.organizationId, collectionId: s.collectionId, data: { storyId: s.id } });
      return c.body(null, 204);
    },
  );
}
