// Story booklets: curate an ordered selection of quotable stories with an introduction, print it as a
// PDF, and publish it as a public story wall. Only stories whose teller allowed quoting go in.
import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { redactedText } from "../../core/privacy/index.ts";
import { booklet } from "../../db/schema/index.ts";
import { Booklet, BookletInput, BookletSummary, PublicBooklet } from "../../contract/booklets.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import {
  type BookletRow, bookletStories, checkStories, findBooklet, findPublishedBooklet, listBooklets, organizationName, setBookletStories,
} from "../booklets/repository.ts";
import { printBooklet } from "../booklets/print.ts";
import { quotability } from "../booklets/quotability.ts";
import { newSlug } from "../collections/repository.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

const SlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]{4,40}$/).openapi({ param: { name: "slug", in: "path" } }) });

export function registerBookletRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  // Title and introduction are stored redacted, and redacted again on the way out (as story texts
  // are), so a booklet saved before the detectors knew a form still shows none of it.
  const texts = (row: { title: string; introduction: string }) => ({ title: redactedText(row.title), introduction: redactedText(row.introduction) });
  const summary = (row: BookletRow) => ({
    id: row.id, ...texts(row), slug: row.slug, published: row.published,
    publicUrl: `${config.publicUrl.replace(/\/$/, "")}/verhalen/${row.slug}`, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  });
  const full = async (row: BookletRow) => ({ ...summary(row), stories: await bookletStories(db, row), quoting: await quotability(db, row) });

  api.openapi(
    defineRoute({ method: "post", path: "/booklets", tags: ["Stories"], operationId: "createBooklet", security: signedIn,
      summary: "Curate a story booklet (analyst)", request: { body: jsonBody(BookletInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Booklet, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "booklet:manage");
      const input = c.req.valid("json");
      await checkStories(db, caller.organizationId, input.storyIds, c.get("lang"));
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(booklet).values({
          organizationId: caller.organizationId, ...texts(input), published: input.published, slug: newSlug(), createdBy: caller.userId,
        }).returning();
        await setBookletStories(tx, created!, input.storyIds);
        return created!;
      });
      return c.json(await full(row), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/booklets", tags: ["Stories"], operationId: "listBooklets", security: signedIn,
      summary: "The organization's story booklets (analyst)", errors: [401, 403],
      responses: { 200: jsonContent(z.object({ items: z.array(BookletSummary) }), "Booklets") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "booklet:manage");
      return c.json({ items: (await listBooklets(db, caller.organizationId)).map(summary) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/booklets/{id}", tags: ["Stories"], operationId: "getBooklet", security: signedIn,
      summary: "One booklet with its stories, redacted (analyst)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Booklet, "The booklet") } }),
    async (c) => {
      // Look the id up first, so another organization's booklet answers 404 whatever the role.
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findBooklet(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "booklet:manage");
      return c.json(await full(row), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/booklets/{id}", tags: ["Stories"], operationId: "updateBooklet", security: signedIn,
      summary: "Change a booklet: title, introduction, stories and their order, published or not (analyst)",
      request: { params: IdParam, body: jsonBody(BookletInput) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Booklet, "Updated") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const existing = await findBooklet(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "booklet:manage");
      const input = c.req.valid("json");
      await checkStories(db, caller.organizationId, input.storyIds, c.get("lang"));
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx.update(booklet).set({ ...texts(input), published: input.published, updatedAt: new Date() })
          .where(and(eq(booklet.organizationId, caller.organizationId), eq(booklet.id, existing.id))).returning();
        await setBookletStories(tx, updated!, input.storyIds);
        return updated!;
      });
      return c.json(await full(row), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/booklets/{id}", tags: ["Stories"], operationId: "deleteBooklet", security: signedIn,
      summary: "Remove a booklet and its story wall; the stories stay (analyst)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Removed" } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const existing = await findBooklet(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "booklet:manage");
      await db.delete(booklet).where(and(eq(booklet.organizationId, caller.organizationId), eq(booklet.id, existing.id)));
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/booklets/{id}/pdf", tags: ["Stories"], operationId: "getBookletPdf", security: signedIn,
      summary: "The booklet as a print-ready PDF (A5; analyst)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: { description: "PDF", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "story:tell");
      const row = await findBooklet(db, caller.organizationId, c.req.valid("param").id);
      authorize(caller, "booklet:manage");
      const { pdf, stories } = await printBooklet(db, { ...row, ...texts(row) }, c.get("lang"));
      await audit(db, caller, "export.created", "booklet", row.id, { format: "pdf", stories: stories.length });
      return c.body(pdf as unknown as ArrayBuffer, 200, {
        "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="verhalen-${row.slug}.pdf"`,
      });
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/public-booklets/{slug}", tags: ["Public"], operationId: "getPublicBooklet",
      summary: "A published booklet as a public story wall: title, introduction, stories (redacted)", request: { params: SlugParam }, errors: [404],
      responses: { 200: jsonContent(PublicBooklet, "The story wall") } }),
    async (c) => {
      const row = await findPublishedBooklet(db, c.req.valid("param").slug);
      return c.json({ organization: await organizationName(db, row), ...texts(row), stories: await bookletStories(db, row) }, 200);
    },
  );
}
