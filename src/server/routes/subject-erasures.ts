// Erasure by client (AVG art. 17): every story of one client, found by the pseudonym of the client
// reference, removed for good. A preview first says what would go, so the admin confirms knowingly.
import { ErasureInput, ErasurePreview, SubjectErasure } from "../../contract/erasures.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { eraseSubject, previewSubjectErasure, pseudonymOf } from "../stories/subject-erasure.ts";

export function registerSubjectErasureRoutes(api: Api, { database, events, recordings, sectorOutbox }: AppDeps) {
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
      responses: { 200: jsonContent(SubjectErasure, "How many stories were erased") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:erase");
      const pseudonym = await pseudonymOf(db, caller.organizationId, c.req.valid("json"));
      return c.json({ erased: await eraseSubject({ db, events, recordings, sectorOutbox }, caller, pseudonym) }, 200);
    },
  );
}
