// The public listening point: no account, only while the collection is open and anonymous.
import { z } from "@hono/zod-openapi";
import { tellerSignifiers } from "../../core/framework.ts";
import { redactedText } from "../../core/privacy/index.ts";
import { sharesWithSector } from "../sector/links.ts";
import type { Api, AppDeps } from "../context.ts";
import { assertOpen, findCollectionBySlug } from "../collections/repository.ts";
import { defineRoute, jsonBody, jsonContent } from "../openapi.ts";
import { badRequest, notFound } from "../problem.ts";
import { presentCreated, StoryCreated } from "../stories/present.ts";
import { receiptToken, receiptUrl } from "../stories/receipts.ts";
import { storyContext, tellStory } from "../stories/tell.ts";
import { message } from "../messages.ts";
import { IdempotencyHeader, StoryInput } from "./stories.ts";
import { signifier } from "../../core/framework.ts";

const SlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]{4,40}$/).openapi({ param: { name: "slug", in: "path" } }) });
const PublicCollection = z.object({
  slug: z.string(),
  name: z.string(),
  audience: z.enum(["professionals", "clients"]),
  closesAt: z.string().datetime({ offset: true }).nullable(),
  framework: z.object({
    version: z.number().int(),
    name: z.string(),
    language: z.string(),
    description: z.string().optional(),
    prompts: z.array(z.object({ id: z.string(), text: z.string() })),
    signifiers: z.array(signifier),
  }),
  sharesWithSector: z.boolean().openapi({ description: "The collection contributes to a sector: the form asks for the separate sector consent" }),
}).openapi("PublicCollection");

export function registerPublicCollectionRoutes(api: Api, { database, stories, config }: AppDeps) {
  const { db } = database;
  const openPublicCollection = async (slug: string) => {
    const collection = await findCollectionBySlug(db, slug);
    if (!collection.anonymous) throw notFound();
    return collection;
  };

  api.openapi(
    defineRoute({ method: "get", path: "/public-collections/{slug}", tags: ["Public"], operationId: "getPublicCollection",
      summary: "What the public story form needs (no account)", request: { params: SlugParam }, errors: [404, 409],
      responses: { 200: jsonContent(PublicCollection, "The collection and its questions") } }),
    async (c) => {
      const collection = await openPublicCollection(c.req.valid("param").slug);
      assertOpen(collection);
      const { framework } = await storyContext(db, collection);
      const { definition } = framework;
      return c.json({
        slug: collection.slug, name: redactedText(collection.name), audience: collection.audience as "professionals" | "clients",
        closesAt: collection.closesAt?.toISOString() ?? null,
        framework: {
          version: framework.version, name: definition.name, language: definition.language, description: definition.description,
          prompts: definition.prompts, signifiers: tellerSignifiers(definition),
        },
        sharesWithSector: await sharesWithSector(db, collection.organizationId, collection.id),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/public-collections/{slug}/stories", tags: ["Public"], operationId: "tellPublicStory",
      summary: "Tell a story without an account (web form or kiosk)",
      request: { params: SlugParam, headers: IdempotencyHeader, body: jsonBody(StoryInput) }, errors: [404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored") } }),
    async (c) => {
      const collection = await openPublicCollection(c.req.valid("param").slug);
      const input = c.req.valid("json");
      const channel = input.channel ?? "web";
      if (channel !== "web" && channel !== "kiosk") {
        throw badRequest([{ name: "channel", reason: message("wrongType", c.get("lang")), code: "wrongType" }]);
      }
      const { story } = await tellStory({ db, writer: stories }, {
        collection, input, channel, idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
      });
      return c.json({ ...presentCreated(story), receiptUrl: receiptUrl(config.publicUrl, receiptToken(config.secret, story.id)) }, 201);
    },
  );
}
