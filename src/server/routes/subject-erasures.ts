// Erasure by client (AVG art. 17): every story of one client, found by the pseudonym of the client
// reference, removed for good.
import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { pseudonymise } from "../../core/pseudonym.ts";
import { story } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Api, AppDeps } from "../app.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { pseudonymKeyOf } from "../stories/organization-keys.ts";

const ErasureInput = z.object({
  subjectRef: z.string().trim().min(1).max(200).optional().openapi({ description: "The client's own reference, as given when telling" }),
  subjectPseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
}).refine((v) => Boolean(v.subjectRef) !== Boolean(v.subjectPseudonym), { message: "give subjectRef or subjectPseudonym", path: ["subjectRef"] })
  .openapi("SubjectErasureInput");

export function registerSubjectErasureRoutes(api: Api, { database, events }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "post", path: "/subject-erasures", tags: ["Trust"], operationId: "eraseSubject", security: signedIn,
      summary: "Erase every story of one client (admin)", request: { body: jsonBody(ErasureInput) }, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ erased: z.number().int() }).openapi("SubjectErasure"), "How many stories were erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const input = c.req.valid("json");
      const pseudonym = input.subjectPseudonym ?? pseudonymise(input.subjectRef!, await pseudonymKeyOf(db, caller.organizationId));
      const erased = await db.transaction(async (tx) => {
        const gone = await tx.delete(story)
          .where(and(eq(story.organizationId, caller.organizationId), eq(story.subjectPseudonym, pseudonym))).returning({ id: story.id });
        await audit(tx, caller, "subject.erased", "subject", pseudonym, { erased: gone.length });
        return gone;
      });
      for (const { id } of erased) await events.publish({ type: "story.erased", organizationId: caller.organizationId, data: { storyId: id } });
      return c.json({ erased: erased.length }, 200);
    },
  );
}
