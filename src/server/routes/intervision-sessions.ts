// Intervisie: a facilitator picks stories (by hand or by a search), colleagues join on their own
// phones by link or QR code and place their interpretation, everyone sees the others' placements
// live, and the session closes with conclusions and agreed actions that reach the tellers.
import { z } from "@hono/zod-openapi";
import { and, desc, eq, inArray } from "drizzle-orm";
import QRCode from "qrcode";
import { redact, redactedText } from "../../core/privacy/index.ts";
import { followUp, intervisionSession, story } from "../../db/schema/index.ts";
import { ClosureInput, Session, SessionInput, SessionSummary } from "../../contract/intervision.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import { findCollection } from "../collections/repository.ts";
import { streamLiveEvents } from "../events/sse.ts";
import { findSession, joinUrlOf, presentSession } from "../intervision/repository.ts";
import { type Lang, message } from "../messages.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize, type Caller, isAllowed } from "../policy.ts";
import { badRequest, conflict, Problem } from "../problem.ts";
import { listStories, visibleTo } from "../stories/queries.ts";
import { eventStreamResponse } from "./events.ts";

export function registerIntervisionSessionRoutes(api: Api, { database, config, events }: AppDeps) {
  const { db } = database;

  /** The chosen stories, checked to be in the collection and visible to the facilitator. */
  const chooseStories = async (caller: Caller, collectionId: string, input: z.infer<typeof SessionInput>, lang: Lang): Promise<string[]> => {
    if (input.filter) {
      const page = await listStories(db, caller, { collectionId, ...input.filter });
      return page.items.map((s) => s.id);
    }
    const ids = [...new Set(input.storyIds)];
    const found = await db.select({ id: story.id }).from(story)
      .where(and(visibleTo(caller), eq(story.collectionId, collectionId), inArray(story.id, ids)));
    const known = new Set(found.map((r) => r.id));
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw badRequest([{ name: `storyIds.${unknown}`, code: "sessionStoryUnknown", reason: message("sessionStoryUnknown", lang) }]);
    return ids;
  };

  api.openapi(
    defineRoute({ method: "post", path: "/intervision-sessions", tags: ["Interpretations"], operationId: "startIntervisionSession", security: signedIn,
      summary: "Start an intervisie session with stories chosen by hand or by a search", request: { body: jsonBody(SessionInput) },
      errors: [401, 403, 404], responses: { 201: jsonContent(Session, "Started; share joinUrl with the participants") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const input = c.req.valid("json");
      const collection = await findCollection(db, caller.organizationId, input.collectionId);
      authorize(caller, "story:interpret");
      const storyIds = await chooseStories(caller, collection.id, input, c.get("lang"));
      if (storyIds.length === 0) throw badRequest([{ name: "filter", code: "sessionNoStories", reason: message("sessionNoStories", c.get("lang")) }]);
      const [row] = await db.insert(intervisionSession).values({
        organizationId: caller.organizationId, collectionId: collection.id, title: redactedText(input.title), facilitatorUserId: caller.userId, storyIds,
      }).returning();
      return c.json(await presentSession(db, caller, row!, config.publicUrl), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions", tags: ["Interpretations"], operationId: "listIntervisionSessions", security: signedIn,
      summary: "Intervisie sessions, newest first", errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(SessionSummary) }), "The organization's sessions (at most 100)") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:interpret");
      const rows = await db.select().from(intervisionSession).where(eq(intervisionSession.organizationId, caller.organizationId))
        .orderBy(desc(intervisionSession.createdAt)).limit(100);
      return c.json({
        items: rows.map((r) => ({
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
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findSession(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "story:interpret");
      const session = await presentSession(db, caller, row, config.publicUrl);
      // Participants read the stories in full: each read is in the audit log like any other.
      for (const s of session.stories) await audit(db, caller, "story.read", "story", s.id, { sessionId: row.id });
      return c.json(session, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions/{id}/qr-code", tags: ["Interpretations"], operationId: "getIntervisionSessionQrCode", security: signedIn,
      summary: "QR code of the session's join link, as SVG", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: { description: "SVG image of the join link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findSession(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "story:interpret");
      const svg = await QRCode.toString(joinUrlOf(config.publicUrl, row.id), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/intervision-sessions/{id}/events", tags: ["Interpretations"], operationId: "streamIntervisionSessionEvents", security: signedIn,
      summary: "Live events of a session (text/event-stream): interpretation.created, interpretation.updated, interpretation.withdrawn, session.closed", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: eventStreamResponse } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findSession(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "story:interpret");
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
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findSession(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "story:interpret");
      if (row.facilitatorUserId !== caller.userId && !isAllowed(caller, "collection:manage")) throw new Problem(403, "forbidden", "sessionNotFacilitator");
      if (row.closedAt) throw conflict("sessionClosed");
      const input = c.req.valid("json");
      const present = new Set((await db.select({ id: story.id }).from(story)
        .where(and(eq(story.organizationId, row.organizationId), inArray(story.id, row.storyIds)))).map((r) => r.id));
      const invalid = input.actions.flatMap((a, i) => a.storyIds.flatMap((id, j) => (present.has(id) ? [] : [`actions.${i}.storyIds.${j}`])));
      if (invalid.length > 0) throw badRequest(invalid.map((name) => ({ name, code: "sessionStoryUnknown", reason: message("sessionStoryUnknown", c.get("lang")) })));
      const closed = await db.transaction(async (tx) => {
        const [updated] = await tx.update(intervisionSession).set({ conclusions: redact(input.conclusions).text, closedAt: new Date() })
          .where(eq(intervisionSession.id, row.id)).returning();
        const actions = input.actions.flatMap((a) => a.storyIds.map((storyId) => ({
          organizationId: row.organizationId, storyId, kind: "action", text: redact(a.text).text, createdBy: caller.userId, sessionId: row.id,
        })));
        if (actions.length > 0) await tx.insert(followUp).values(actions);
        return updated!;
      });
      await events.publish({ type: "session.closed", organizationId: row.organizationId, collectionId: row.collectionId, data: { sessionId: row.id } });
      return c.json(await presentSession(db, caller, closed, config.publicUrl), 200);
    },
  );
}
