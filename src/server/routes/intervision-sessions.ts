// Intervisie: a facilitator picks stories (by hand or by a search), colleagues join on their own
// phones by link or QR code and place their interpretation, everyone sees the others' placements
// live, and the session closes with conclusions and agreed actions that reach the tellers.
import { z } from "@hono/zod-openapi";
import QRCode from "qrcode";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { streamLiveEvents } from "../events/sse.ts";
import { Interpretation } from "../interpretations/present.ts";
import { joinUrlOf, presentSession } from "../intervision/repository.ts";
import { closeSession, listSessions, readSession, startSession } from "../intervision/sessions.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { Story } from "../stories/present.ts";
import { eventStreamResponse } from "./events.ts";

const MAX_STORIES = 30;
const dateTime = z.string().datetime({ offset: true });

const SessionInput = z.object({
  collectionId: z.string().uuid(),
  title: z.string().trim().min(1).max(200),
  storyIds: z.array(z.string().uuid()).min(1).max(MAX_STORIES).optional().openapi({ description: "Stories chosen by hand, in this order" }),
  filter: z.object({
    q: z.string().trim().min(1).max(200).optional().openapi({ description: "Search words (web-search syntax)" }),
    from: dateTime.optional(),
    to: dateTime.optional(),
    limit: z.number().int().min(1).max(MAX_STORIES).default(10),
  }).optional().openapi({ description: "Or: the newest stories of the collection that match" }),
}).refine((input) => (input.storyIds === undefined) !== (input.filter === undefined), { path: ["storyIds"], message: "Give either storyIds or filter." })
  .openapi("IntervisionSessionInput");

const SessionSummary = z.object({
  id: z.string().uuid(), title: z.string(), collectionId: z.string().uuid(), status: z.enum(["open", "closed"]),
  storyCount: z.number().int(), createdAt: dateTime, closedAt: dateTime.nullable(),
}).openapi("IntervisionSessionSummary");

const Session = z.object({
  id: z.string().uuid(),
  title: z.string(),
  collectionId: z.string().uuid(),
  facilitatorName: z.string().nullable(),
  facilitatedByMe: z.boolean(),
  status: z.enum(["open", "closed"]),
  joinUrl: z.string().url().openapi({ description: "The link participants open (also as QR code)" }),
  createdAt: dateTime,
  closedAt: dateTime.nullable(),
  conclusions: z.string().nullable(),
  stories: z.array(Story),
  placements: z.array(Interpretation).openapi({ description: "Every interpretation placed in this session, oldest first" }),
  actions: z.array(z.object({ id: z.string().uuid(), storyId: z.string().uuid(), text: z.string(), createdAt: dateTime })),
}).openapi("IntervisionSession");

const ClosureInput = z.object({
  conclusions: z.string().trim().min(1).max(10_000),
  actions: z.array(z.object({
    text: z.string().trim().min(1).max(2000),
    storyIds: z.array(z.string().uuid()).min(1).max(MAX_STORIES),
  })).max(50).default([]),
}).openapi("IntervisionClosureInput");

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
