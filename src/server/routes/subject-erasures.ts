// Erasure by client (AVG art. 17): every story of one client, found by the pseudonym of the client
// reference, removed for good. A preview first says what would go, so the admin confirms knowingly.
import { z } from "@hono/zod-openapi";
import { and, count, eq, max, min } from "drizzle-orm";
import { pseudonymise } from "../../core/pseudonym.ts";
import { collection, story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { pseudonymKeyOf } from "../stories/organization-keys.ts";

const ErasureInput = z.object({
  subjectRef: z.string().trim().min(1).max(200).optional().openapi({ description: "The client's own reference, as given when telling" }),
  subjectPseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
}).refine((v) => Boolean(v.subjectRef) !== Boolean(v.subjectPseudonym), { message: "give subjectRef or subjectPseudonym", path: ["subjectRef"] })
  .openapi("SubjectErasureInput");

const ErasurePreview = z.object({
  subjectPseudonym: z.string(),
  stories: z.number().int(),
  firstToldAt: z.string().datetime({ offset: true }).nullable(),
  lastToldAt: z.string().datetime({ offset: true }).nullable(),
  collections: z.array(z.object({ id: z.string().uuid(), name: z.string(), stories: z.number().int() })),
}).openapi("SubjectErasurePreview");

export function registerSubjectErasureRoutes(api: Api, { database, events, recordings }: AppDeps) {
  const { db } = database;
  const pseudonymOf = async (organizationId: string, input: z.infer<typeof ErasureInput>) =>
    input.subjectPseudonym ?? pseudonymise(input.subjectRef!, await pseudonymKeyOf(db, organizationId));

  api.openapi(
    defineRoute({ method: "post", path: "/subject-erasure-previews", tags: ["Trust"], operationId: "previewSubjectErasure", security: signedIn,
      summary: "What erasing one client would remove: their stories per collection, and the period (admin; nothing is changed)",
      request: { body: jsonBody(ErasureInput) }, errors: [401, 403],
      responses: { 200: jsonContent(ErasurePreview, "What would be erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const pseudonym = await pseudonymOf(caller.organizationId, c.req.valid("json"));
      const rows = await db.select({ id: collection.id, name: collection.name, stories: count(), first: min(story.toldAt), last: max(story.toldAt) })
        .from(story).innerJoin(collection, eq(collection.id, story.collectionId))
        .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym)))
        .groupBy(collection.id, collection.name).orderBy(collection.name);
      const times = rows.flatMap((r) => [r.first, r.last]).filter((d): d is Date => d !== null).map((d) => new Date(d).getTime());
      return c.json({
        subjectPseudonym: pseudonym,
        stories: rows.reduce((sum, r) => sum + Number(r.stories), 0),
        firstToldAt: times.length ? new Date(Math.min(...times)).toISOString() : null,
        lastToldAt: times.length ? new Date(Math.max(...times)).toISOString() : null,
        collections: rows.map((r) => ({ id: r.id, name: r.name, stories: Number(r.stories) })),
      }, 200);
    },
  );
  api.openapi(
    defineRoute({ method: "post", path: "/subject-erasures", tags: ["Trust"], operationId: "eraseSubject", security: signedIn,
      summary: "Erase every story of one client (admin)", request: { body: jsonBody(ErasureInput) }, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ erased: z.number().int() }).openapi("SubjectErasure"), "How many stories were erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const pseudonym = await pseudonymOf(caller.organizationId, c.req.valid("json"));
      const erased = await db.transaction(async (tx) => {
        const gone = await tx.delete(story)
          .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym))).returning({ id: story.id });
        await audit(tx, caller, "subject.erased", "subject", pseudonym, { erased: gone.length });
        return gone;
      });
      for (const { id } of erased) await events.publish({ type: "story.erased", organizationId: caller.organizationId, data: { storyId: id } });
      await recordings?.sweep();
      return c.json({ erased: erased.length }, 200);
    },
  );
}
