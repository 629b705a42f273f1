// Story booklets: curate an ordered selection of quotable stories with an introduction, print it as a
// PDF, and publish it as a public story wall. Only stories whose teller allowed quoting go in.
import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import { Booklet, BookletInput, BookletSharedStoryInput, BookletSummary, PublicBooklet } from "../../contract/booklets.ts";
import type { Api, AppDeps } from "../context.ts";
import { audit } from "../audit.ts";
import {
  type BookletRow, bookletStories, findPublishedBooklet, listBooklets, organizationName,
} from "../booklets/repository.ts";
import { bookletTexts, changeBooklet, createBooklet, removeBooklet } from "../booklets/manage.ts";
import { printBooklet } from "../booklets/print.ts";
import { quotability } from "../booklets/quotability.ts";
import { addSharedStory, bookletSharedStories, removeSharedStory } from "../booklets/shared-stories.ts";
import { defineRoute, IdParam, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";

const SharedStoryParams = IdParam.extend({ storyId: z.string().uuid().openapi({ param: { name: "storyId", in: "path" } }) });
const SlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]{4,40}$/).openapi({ param: { name: "slug", in: "path" } }) });

export function registerBookletRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  const summary = (row: BookletRow) => ({
    id: row.id, ...bookletTexts(row), slug: row.slug, published: row.published,
    publicUrl: `${config.publicUrl.replace(/\/$/, "")}/verhalen/${row.slug}`, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  });
  const full = async (row: BookletRow) => ({ ...summary(row), stories: await bookletStories(db, row), quoting: await quotability(db, row), sharedStories: await bookletSharedStories(db, row) });

  api.openapi(
    defineRoute({ method: "post", path: "/booklets", tags: ["Stories"], operationId: "createBooklet", security: signedIn,
      summary: "Curate a story booklet (analyst)", request: { body: jsonBody(BookletInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Booklet, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "booklet:manage");
      return c.json(await full(await createBooklet(db, caller, c.req.valid("json"), c.get("lang"))), 201);
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
      const { resource: row } = await reach(db, c.get("caller"), "booklet", c.req.valid("param").id, "booklet:manage");
      return c.json(await full(row), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/booklets/{id}", tags: ["Stories"], operationId: "updateBooklet", security: signedIn,
      summary: "Change a booklet: title, introduction, stories and their order, published or not (analyst)",
      request: { params: IdParam, body: jsonBody(BookletInput) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Booklet, "Updated") } }),
    async (c) => {
      const { caller, resource: existing } = await reach(db, c.get("caller"), "booklet", c.req.valid("param").id, "booklet:manage");
      return c.json(await full(await changeBooklet(db, caller, existing, c.req.valid("json"), c.get("lang"))), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/booklets/{id}", tags: ["Stories"], operationId: "deleteBooklet", security: signedIn,
      summary: "Remove a booklet and its story wall; the stories stay (analyst)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 204: { description: "Removed" } } }),
    async (c) => {
      const { caller, resource: existing } = await reach(db, c.get("caller"), "booklet", c.req.valid("param").id, "booklet:manage");
      await removeBooklet(db, caller, existing);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/booklets/{id}/shared-stories", tags: ["Stories"], operationId: "addSharedStoryToBooklet", security: signedIn,
      summary: "Put a story shared with one of the organization's sectors at the booklet's end (analyst); only its redacted text and month show, and never on the public story wall or in the PDF",
      request: { params: IdParam, body: jsonBody(BookletSharedStoryInput) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Booklet, "The booklet with the story") } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "booklet", c.req.valid("param").id, "booklet:manage");
      const { sectorId, storyId } = c.req.valid("json");
      const { resource: hub } = await reach(db, caller, "sector", sectorId, "sector:read");
      await addSharedStory(db, row, hub, storyId);
      return c.json(await full(row), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/booklets/{id}/shared-stories/{storyId}", tags: ["Stories"], operationId: "removeSharedStoryFromBooklet", security: signedIn,
      summary: "Take a shared story out of the booklet (analyst)", request: { params: SharedStoryParams }, errors: [401, 403, 404],
      responses: { 204: { description: "Taken out (or it was not in the booklet)" } } }),
    async (c) => {
      const { id, storyId } = c.req.valid("param");
      const { resource: row } = await reach(db, c.get("caller"), "booklet", id, "booklet:manage");
      await removeSharedStory(db, row, storyId);
      return c.body(null, 204);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/booklets/{id}/pdf", tags: ["Stories"], operationId: "getBookletPdf", security: signedIn,
      summary: "The booklet as a print-ready PDF (A5; analyst)", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: { description: "PDF", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } } } }),
    async (c) => {
      const { caller, resource: row } = await reach(db, c.get("caller"), "booklet", c.req.valid("param").id, "booklet:manage");
      const { pdf, stories } = await printBooklet(db, { ...row, ...bookletTexts(row) }, c.get("lang"));
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
      return c.json({ organization: await organizationName(db, row), ...bookletTexts(row), stories: await bookletStories(db, row) }, 200);
    },
  );
}
