import { z } from "@hono/zod-openapi";
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { Interpretation, InterpretationInput } from "../../contract/interpretations.ts";
import { validateInterpretation } from "../../core/interpretation.ts";
import { redact, redactTextAnswers } from "../../core/privacy/index.ts";
import { interpretation, user } from "../../db/schema/index.ts";
import type { Api, AppDeps } from "../context.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import { presentInterpretation } from "../interpretations/present.ts";
import { refreshInterpretationVector } from "../interpretations/searchable.ts";
import { assertOpenSessionHolds } from "../intervision/repository.ts";
import { message } from "../messages.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest, notFound } from "../problem.ts";
import { findStory } from "../stories/queries.ts";

const ReadingParams = IdParam.extend({ interpretationId: z.string().uuid().openapi({ param: { name: "interpretationId", in: "path" } }) });

const reasons: Record<string, { nl: string; en: string }> = {
  annotationOutOfText: { nl: "Deze markering valt buiten de tekst.", en: "This annotation lies outside the text." },
  annotationQuote: { nl: "Het citaat komt niet overeen met de tekst op deze plek.", en: "The quote does not match the text at this place." },
};

export function registerInterpretationRoutes(api: Api, { database, events }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/stories/{id}/interpretations", tags: ["Interpretations"], operationId: "interpretStory", security: signedIn,
      summary: "Add the caller's reading of a story, or change it: one reading per colleague per story", request: { params: IdParam, body: jsonBody(InterpretationInput) },
      errors: [401, 403, 404, 409], responses: { 200: jsonContent(Interpretation, "The caller's earlier reading, changed"), 201: jsonContent(Interpretation, "Stored") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const story = await findStory(db, caller, c.req.valid("param").id);
      authorize(caller, "story:interpret");
      const input = c.req.valid("json");
      const definition = await frameworkDefinitionAt(db, caller.organizationId, story.frameworkId, story.frameworkVersion);
      const lang = c.get("lang");
      const issues = validateInterpretation(definition, input, story.text);
      if (issues.length > 0) {
        throw badRequest(issues.map((i) => ({ name: i.name, code: i.code, reason: reasons[i.code]?.[lang] ?? message(i.code as never, lang) })));
      }
      if (input.sessionId) await assertOpenSessionHolds(db, caller.organizationId, input.sessionId, story.id);
      const values = {
        // Notes, comments, tags and free-text answers are about a client's life: redacted like the story itself.
        answers: redactTextAnswers(input.answers), tags: input.tags.map((tag) => redact(tag).text), note: input.note ? redact(input.note).text : null,
        annotations: input.annotations.map((a) => (a.comment ? { ...a, comment: redact(a.comment).text } : a)),
      };
      // One reading per colleague per story: a second save changes the first (xmax is 0 only for a new row).
      const { row, created } = await db.transaction(async (tx) => {
        const [saved] = await tx.insert(interpretation).values({
          ...values, organizationId: caller.organizationId, storyId: story.id, collectionId: story.collectionId, interpreterUserId: caller.userId, sessionId: input.sessionId ?? null,
        }).onConflictDoUpdate({
          target: [interpretation.organizationId, interpretation.storyId, interpretation.interpreterUserId],
          set: { ...values, sessionId: sql`coalesce(excluded.session_id, ${interpretation.sessionId})`, updatedAt: sql`now()` },
        }).returning({ ...getTableColumns(interpretation), created: sql<boolean>`(xmax = 0)` });
        await refreshInterpretationVector(tx, caller.organizationId, story.id, story.language);
        const { created: isNew, ...rest } = saved!;
        return { row: rest, created: isNew };
      });
      await events.publish({ type: created ? "interpretation.created" : "interpretation.updated", organizationId: caller.organizationId, collectionId: story.collectionId, data: { storyId: story.id, interpretationId: row.id, sessionId: row.sessionId } });
      const [me] = await db.select({ name: user.name }).from(user).where(eq(user.id, caller.userId));
      return c.json(presentInterpretation(row, me?.name ?? null, caller), created ? 201 : 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/interpretations", tags: ["Interpretations"], operationId: "listInterpretations", security: signedIn,
      summary: "The interpretations of a story (tellers: of their own stories, without names)", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(z.object({ items: z.array(Interpretation) }), "Interpretations, oldest first") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const story = await findStory(db, caller, c.req.valid("param").id);
      const rows = await db.select({ row: interpretation, name: user.name }).from(interpretation)
        .leftJoin(user, eq(user.id, interpretation.interpreterUserId))
        .where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.storyId, story.id)))
        .orderBy(asc(interpretation.createdAt));
      return c.json({ items: rows.map((r) => presentInterpretation(r.row, r.name, caller)) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/stories/{id}/interpretations/{interpretationId}", tags: ["Interpretations"], operationId: "withdrawInterpretation", security: signedIn,
      summary: "Withdraw one's own reading of a story", request: { params: ReadingParams }, errors: [401, 403, 404],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const { id, interpretationId } = c.req.valid("param");
      const story = await findStory(db, caller, id);
      authorize(caller, "story:interpret");
      const removed = await db.transaction(async (tx) => {
        // Only the colleague who gave a reading withdraws it; someone else's id is not found.
        const [row] = await tx.delete(interpretation).where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.storyId, story.id),
          eq(interpretation.id, interpretationId), eq(interpretation.interpreterUserId, caller.userId))).returning();
        if (row) await refreshInterpretationVector(tx, caller.organizationId, story.id, story.language);
        return row;
      });
      if (!removed) throw notFound();
      await events.publish({ type: "interpretation.withdrawn", organizationId: caller.organizationId, collectionId: story.collectionId, data: { storyId: story.id, interpretationId: removed.id, sessionId: removed.sessionId } });
      return c.body(null, 204);
    },
  );
}
