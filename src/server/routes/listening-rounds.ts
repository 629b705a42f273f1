// Listening rounds: a collection repeated over periods (each quarter, say), each with its own public
// link. Admins create rounds; anyone who sees the collection lists them. A story belongs to the round
// whose period holds its told time (rounds of one collection never overlap).
import { z } from "@hono/zod-openapi";
import { listeningRound } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../app.ts";
import { findCollection, newSlug, openState, publicUrlOf } from "../collections/repository.ts";
import { listRounds, overlappingRound, type RoundRow } from "../collections/rounds.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, conflict } from "../problem.ts";
import { redactedText } from "../../core/privacy/index.ts";

const dateTime = z.string().datetime({ offset: true });
const RoundInput = z.object({
  name: z.string().trim().min(1).max(200),
  startsAt: dateTime,
  endsAt: dateTime.openapi({ description: "Exclusive" }),
}).openapi("ListeningRoundInput");
const ListeningRound = z.object({
  id: z.string().uuid(),
  collectionId: z.string().uuid(),
  name: z.string(),
  startsAt: dateTime,
  endsAt: dateTime,
  slug: z.string(),
  publicUrl: z.string().url(),
  state: z.enum(["open", "notYetOpen", "closed"]),
}).openapi("ListeningRound");

const present = (row: RoundRow, baseUrl: string) => ({
  id: row.id, collectionId: row.collectionId, name: row.name, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(),
  slug: row.slug, publicUrl: publicUrlOf(baseUrl, row.slug), state: openState({ opensAt: row.startsAt, closesAt: row.endsAt }),
});

export function registerListeningRoundRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/listening-rounds", tags: ["Collections"], operationId: "createListeningRound", security: signedIn,
      summary: "Repeat a collection as a listening round with its own period and public link (admin)",
      request: { params: IdParam, body: jsonBody(RoundInput) }, errors: [401, 403, 404, 409],
      responses: { 201: jsonContent(ListeningRound, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id } = c.req.valid("param");
      await findCollection(db, caller.organizationId, id);
      authorize(caller, "collection:manage");
      const input = c.req.valid("json");
      const [startsAt, endsAt] = [new Date(input.startsAt), new Date(input.endsAt)];
      if (endsAt <= startsAt) throw badRequest([{ name: "endsAt", reason: "endsAt must be after startsAt", code: "endsBeforeStarts" }]);
      if (await overlappingRound(db, caller.organizationId, id, startsAt, endsAt)) throw conflict("roundOverlaps");
      const [row] = await db.insert(listeningRound).values({
        organizationId: caller.organizationId, collectionId: id, name: redactedText(input.name), slug: newSlug(), startsAt, endsAt,
      }).returning();
      return c.json(present(row!, config.publicUrl), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds", tags: ["Collections"], operationId: "listListeningRounds", security: signedIn,
      summary: "The collection's listening rounds, oldest first", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(ListeningRound) }), "Rounds") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id } = c.req.valid("param");
      await findCollection(db, caller.organizationId, id);
      const rows = await listRounds(db, caller.organizationId, id);
      return c.json({ items: rows.map((r) => present(r, config.publicUrl)) }, 200);
    },
  );
}
