// Listening rounds: a collection repeated over periods (each quarter, say), each with its own public
// link. Admins create, change and close rounds (closing ends the period now); anyone who sees the
// collection lists them and gets each round's QR code. A story belongs to the round
// whose period holds its told time (rounds of one collection never overlap).
import { z } from "@hono/zod-openapi";
import QRCode from "qrcode";
import { reach } from "../access.ts";
import { ListeningRound, RoundInput, RoundUpdate } from "../../contract/collections.ts";
import type { Api, AppDeps } from "../context.ts";
import { openState, publicUrlOf } from "../collections/repository.ts";
import { changeRound, createRound, listRounds, type RoundRow } from "../collections/rounds.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, RoundParams, signedIn } from "../openapi.ts";

const present = (row: RoundRow, baseUrl: string) => ({
  id: row.id, collectionId: row.collectionId, name: row.name, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(),
  slug: row.slug, publicUrl: publicUrlOf(baseUrl, row.slug), state: openState({ opensAt: row.startsAt, closesAt: row.endsAt }),
  reminderAfterDays: row.reminderAfterDays,
});

export function registerListeningRoundRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/collections/{id}/listening-rounds", tags: ["Collections"], operationId: "createListeningRound", security: signedIn,
      summary: "Repeat a collection as a listening round with its own period and public link (admin)",
      request: { params: IdParam, body: jsonBody(RoundInput) }, errors: [401, 403, 404, 409],
      responses: { 201: jsonContent(ListeningRound, "Created") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "collection", id, "collection:manage");
      return c.json(present(await createRound(db, caller, id, c.req.valid("json")), config.publicUrl), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds", tags: ["Collections"], operationId: "listListeningRounds", security: signedIn,
      summary: "The collection's listening rounds, oldest first", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(ListeningRound) }), "Rounds") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "collection", id, "collection:read");
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
      const { id, roundId } = c.req.valid("param");
      const { caller, resource: round } = await reach(db, c.get("caller"), "round", { collectionId: id, roundId }, "collection:manage");
      return c.json(present(await changeRound(db, caller, round, c.req.valid("json")), config.publicUrl), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds/{roundId}/qr-code", tags: ["Collections"], operationId: "getListeningRoundQrCode", security: signedIn,
      summary: "QR code of the round's public link, as SVG", request: { params: RoundParams }, errors: [401, 404],
      responses: { 200: { description: "SVG image of the round's public link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const { id, roundId } = c.req.valid("param");
      const { resource: round } = await reach(db, c.get("caller"), "round", { collectionId: id, roundId }, "collection:read");
      const svg = await QRCode.toString(publicUrlOf(config.publicUrl, round.slug), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );
}
