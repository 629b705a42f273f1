// Erasure by client (AVG art. 17): every story of one client, found by the pseudonym of the client
// reference, removed for good. A preview first says what would go, so the admin confirms knowingly.
import { z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { eraseSubject, previewSubjectErasure, pseudonymOf } from "../stories/subject-erasure.ts";

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

export function registerSubjectErasureRoutes(api: Api, { database, events }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/subject-erasure-previews", tags: ["Trust"], operationId: "previewSubjectErasure", security: signedIn,
      summary: "What erasing one client would remove: their stories per collection, and the period (admin; nothing is changed)",
      request: { body: jsonBody(ErasureInput) }, errors: [401, 403],
      responses: { 200: jsonContent(ErasurePreview, "What would be erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const pseudonym = await pseudonymOf(db, caller.organizationId, c.req.valid("json"));
      return c.json(await previewSubjectErasure(db, caller, pseudonym), 200);
    },
  );
  api.openapi(
    defineRoute({ method: "post", path: "/subject-erasures", tags: ["Trust"], operationId: "eraseSubject", security: signedIn,
      summary: "Erase every story of one client (admin)", request: { body: jsonBody(ErasureInput) }, errors: [401, 403],
      responses: { 200: jsonContent(z.object({ erased: z.number().int() }).openapi("SubjectErasure"), "How many stories were erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const pseudonym = await pseudonymOf(db, caller.organizationId, c.req.valid("json"));
      return c.json({ erased: await eraseSubject(db, events, caller, pseudonym) }, 200);
    },
  );
}
