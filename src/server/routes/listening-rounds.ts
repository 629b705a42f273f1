// Listening rounds: a collection repeated over periods (each quarter, say), each with its own public
// link. Admins create, change and close rounds (closing ends the period now); anyone who sees the
// collection lists them and gets each round's QR code. A story belongs to the round
// whose period holds its told time (rounds of one collection never overlap).
import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import QRCode from "qrcode";
import { listeningRound } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { findCollection, forgetCollection, newSlug, openState, publicUrlOf } from "../collections/repository.ts";
import { findRound, listRounds, overlappingRound, type RoundRow } from "../collections/rounds.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, conflict } from "../problem.ts";
import { redactedText } from "../../core/privacy/index.ts";
import { deleteClosedRoundContacts } from "../rounds/round-jobs.ts";

const dateTime = z.string().datetime({ offset: true });
const RoundInput = z.object({
  name: z.string().trim().min(1).max(200),
  startsAt: dateTime,
  endsAt: dateTime.openapi({ description: "Exclusive" }),
  reminderAfterDays: z.number().int().min(1).max(90).nullable().optional()
    .openapi({ description: "Personal invitations get one reminder this many days after the invitation; null (default) sends none" }),
}).openapi("ListeningRoundInput");
const RoundUpdate = RoundInput.partial().openapi("ListeningRoundUpdate");
export const RoundParams = z.object({
  id: z.string().uuid().openapi({ param: { name: "id", in: "path" } }),
  roundId: z.string().uuid().openapi({ param: { name: "roundId", in: "path" } }),
});
const ListeningRound = z.object({
  id: z.string().uuid(),
  collectionId: z.string().uuid(),
  name: z.string(),
  startsAt: dateTime,
  endsAt: dateTime,
  slug: z.string(),
  publicUrl: z.string().url(),
  state: z.enum(["open", "notYetOpen", "closed"]),
  reminderAfterDays: z.number().int().nullable(),
}).openapi("ListeningRound");

const present = (row: RoundRow, baseUrl: string) => ({
  id: row.id, collectionId: row.collectionId, name: row.name, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(),
  slug: row.slug, publicUrl: publicUrlOf(baseUrl, row.slug), state: openState({ opensAt: row.startsAt, closesAt: row.endsAt }),
  reminderAfterDays: row.reminderAfterDays,
});

export function registerListeningRoundRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  const checkPeriod = async (organizationId: string, collectionId: string, startsAt: Date, endsAt: Date, exceptId?: string) => {
    if (endsAt <= startsAt) throw badRequest([{ name: "endsAt", reason: "endsAt must be after startsAt", code: "endsBeforeStarts" }]);
    if (await overlappingRound(db, organizationId, collectionId, startsAt, endsAt, exceptId)) throw conflict("roundOverlaps");
  };

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
      await checkPeriod(caller.organizationId, id, startsAt, endsAt);
      const [row] = await db.insert(listeningRound).values({
        organizationId: caller.organizationId, collectionId: id, name: redactedText(input.name), slug: newSlug(), startsAt, endsAt,
        reminderAfterDays: input.reminderAfterDays ?? null,
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

  api.openapi(
    defineRoute({ method: "patch", path: "/collections/{id}/listening-rounds/{roundId}", tags: ["Collections"], operationId: "updateListeningRound", security: signedIn,
      summary: "Rename a listening round or change its period; closing it sets endsAt to now (admin)",
      request: { params: RoundParams, body: jsonBody(RoundUpdate) }, errors: [401, 403, 404, 409],
      responses: { 200: jsonContent(ListeningRound, "Updated") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id, roundId } = c.req.valid("param");
      const round = await findRound(db, caller.organizationId, id, roundId);
      authorize(caller, "collection:manage");
      const input = c.req.valid("json");
      const startsAt = input.startsAt ? new Date(input.startsAt) : round.startsAt;
      const endsAt = input.endsAt ? new Date(input.endsAt) : round.endsAt;
      await checkPeriod(caller.organizationId, id, startsAt, endsAt, roundId);
      const reminderAfterDays = input.reminderAfterDays === undefined ? round.reminderAfterDays : input.reminderAfterDays;
      const [row] = await db.update(listeningRound).set({ name: input.name ?? round.name, startsAt, endsAt, reminderAfterDays })
        .where(and(eq(listeningRound.organizationId, caller.organizationId), eq(listeningRound.id, roundId))).returning();
      forgetCollection(round.slug);
      // Closing a round deletes its invitees' addresses at once, not at the next run of the job.
      if (endsAt <= new Date()) await deleteClosedRoundContacts(db);
      return c.json(present(row!, config.publicUrl), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds/{roundId}/qr-code", tags: ["Collections"], operationId: "getListeningRoundQrCode", security: signedIn,
      summary: "QR code of the round's public link, as SVG", request: { params: RoundParams }, errors: [401, 404],
      responses: { 200: { description: "SVG image of the round's public link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id, roundId } = c.req.valid("param");
      const round = await findRound(db, caller.organizationId, id, roundId);
      const svg = await QRCode.toString(publicUrlOf(config.publicUrl, round.slug), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );
}
