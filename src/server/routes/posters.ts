// Printable A4 posters (PDF) with the QR code and short link of a collection or of one of its
// listening rounds, for anyone who may see the collection (collections/poster.ts draws them).
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { posterFor } from "../collections/poster.ts";
import { findRound } from "../collections/rounds.ts";
import { defineRoute, IdParam, RoundParams, signedIn } from "../openapi.ts";

const pdf = { 200: { description: "An A4 poster (PDF)", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } } };

export function registerPosterRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  const send = (body: Uint8Array, slug: string) => new Response(body as unknown as ArrayBuffer, {
    status: 200, headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="poster-${slug}.pdf"` },
  });

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/poster", tags: ["Collections"], operationId: "getCollectionPoster", security: signedIn,
      summary: "A printable A4 poster with the collection's question, QR code and short link", request: { params: IdParam }, errors: [401, 404, 409], responses: pdf }),
    async (c) => {
      const { resource: row } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "collection:read");
      return send(await posterFor(db, config.publicUrl, row), row.slug) as never;
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/listening-rounds/{roundId}/poster", tags: ["Collections"], operationId: "getListeningRoundPoster", security: signedIn,
      summary: "A printable A4 poster for one listening round: its name, period, QR code and short link", request: { params: RoundParams }, errors: [401, 404, 409], responses: pdf }),
    async (c) => {
      const { id, roundId } = c.req.valid("param");
      const { caller, resource: row } = await reach(db, c.get("caller"), "collection", id, "collection:read");
      const round = await findRound(db, caller.organizationId, id, roundId);
      return send(await posterFor(db, config.publicUrl, { ...row, slug: round.slug, round }), round.slug) as never;
    },
  );
}
