// Intervisie: a facilitator picks stories (by hand or by a search), colleagues join on their own
// phones by link or QR code and place their interpretation, everyone sees the others' placements
// live, and the session closes with conclusions and agreed actions that reach the tellers.
import { z } from "@hono/zod-openapi";
import QRCode from "qrcode";
import { reach } from "../access.ts";
import { ClosureInput, Session, SessionInput, SessionSummary } from "../../contract/intervision.ts";
import type { Api, AppDeps } from "../context.ts";
import { streamLiveEvents } from "../events/sse.ts";
import { joinUrlOf, presentSession } from "../intervision/repository.ts";
import { closeSession, listSessions, readSession, startSession } from "../intervision/sessions.ts";
import { defineRoute, eventStreamResponse, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

export function registerIntervisionSessionRoutes(api: Api, { database, config, events }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/intervision-sessions", tags: ["Interpretations"], operationId: "startIntervisionSession", security: signedIn,
      summary: "Start an intervisie session with stories chosen by hand or by a search", request: { body: jsonBody(SessionInput) },
      errors: [401, 403, 404], responses: { 201: jsonContent(Session, "Started; share joinUrl with the participants") } }),
    async (c) => {
      const input = c.req.valid("json");
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", input.collectionId, "story:interpret");
      const row = await startSession(db, caller, collection, input, c.get("lang"));
      return c.json(await presentSession(db, caller, row, config.publicUrl), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions", tags: ["Interpretations"], operationId: "listIntervisionSessions", security: signedIn,
      summary: "Intervisie sessions, newest first", errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(SessionSummary) }), "The organization's sessions (at most 100)") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:interpret");
      return c.json({
        items: (await listSessions(db, caller)).map((r) => ({
          id: r.id, title: r.title, collectionId: r.collectionId, status: r.closedAt ? ("closed" as const) : ("open" as const),
          storyCount: r.storyIds.length, createdAt: r.createdAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null,
        })),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions/{id}", tags: ["Interpretations"], operationId: "getIntervisionSession", security: signedIn,
      summary: "A session: its stories, every placement, conclusions and actions", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Session, "The session") } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "session", c.req.valid("param").id, "story:interpret");
      return c.json(await readSession(db, caller, row, config.publicUrl), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions/{id}/qr-code", tags: ["Interpretations"], operationId: "getIntervisionSessionQrCode", security: signedIn,
      summary: "QR code of the session's join link, as SVG", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: { description: "SVG image of the join link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const { resource: row } = await reach(db, c.get("caller"), "session", c.req.valid("param").id, "story:interpret");
      const svg = await QRCode.toString(joinUrlOf(config.publicUrl, row.id), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions/{id}/events", tags: ["Interpretations"], operationId: "streamIntervisionSessionEvents", security: signedIn,
      summary: "Live events of a session (text/event-stream): interpretation.created, interpretation.updated, interpretation.withdrawn, session.closed", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: eventStreamResponse } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "session", c.req.valid("param").id, "story:interpret");
      return streamLiveEvents(c, events, { sessionId: row.id },
        (event) => event.organizationId === caller.organizationId && event.data.sessionId === row.id) as never;
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/intervision-sessions/{id}/closure", tags: ["Interpretations"], operationId: "closeIntervisionSession", security: signedIn,
      summary: "Close the session with conclusions and agreed actions; each action reaches the tellers of its stories",
      request: { params: IdParam, body: jsonBody(ClosureInput) }, errors: [401, 403, 404, 409],
      responses: { 200: jsonContent(Session, "Closed") } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "session", c.req.valid("param").id, "session:close");
      const closed = await closeSession(db, events, caller, row, c.req.valid("json"), c.get("lang"));
      return c.json(await presentSession(db, caller, closed, config.publicUrl), 200);
    },
  );
}
