// The public listening point: no account, only while the collection is open and anonymous.
import { z } from "@hono/zod-openapi";
import { tellerSignifiers } from "../../core/framework.ts";
import { redactedText } from "../../core/privacy/index.ts";
import { PublicCollection, PublicStoryInput } from "../../contract/collections.ts";
import { IdempotencyHeader, StoryCreated } from "../../contract/stories.ts";
import { sharesWithSector } from "../sector/links.ts";
import type { Api, AppDeps } from "../context.ts";
import { assertMayTell, issueFormToken } from "../collections/form-token.ts";
import { assertOpen, findCollectionBySlug } from "../collections/repository.ts";
import { defineRoute, jsonBody, jsonContent } from "../openapi.ts";
import { badRequest, notFound } from "../problem.ts";
import { presentCreated } from "../stories/present.ts";
import { receiptToken, receiptUrl } from "../stories/receipts.ts";
import { storyContext, tellStory } from "../stories/tell.ts";
import { message } from "../messages.ts";
import { recordingUploadOffer } from "../recordings/upload-offer.ts";
import { easyLanguages, frameworkLanguages, localizeFramework, withOwnTextsOnly } from "../../core/framework-texts.ts";

const FormQuery = z.object({
  lang: z.string().regex(/^[a-z]{2}$/).optional().openapi({ description: "Show the texts in this language (one of `languages`); the source language otherwise" }),
  easy: z.enum(["true", "false"]).optional().openapi({ description: "Easy-language texts (taalniveau A2/B1) where the framework has them" }),
});
const SlugParam = z.object({ slug: z.string().regex(/^[a-z0-9]{4,40}$/).openapi({ param: { name: "slug", in: "path" } }) });

export function registerPublicCollectionRoutes(api: Api, { database, stories, config }: AppDeps) {
  const { db } = database;
  const openPublicCollection = async (slug: string) => {
    const collection = await findCollectionBySlug(db, slug);
    if (!collection.anonymous) throw notFound();
    return collection;
  };

  api.openapi(
    defineRoute({ method: "get", path: "/public-collections/{slug}", tags: ["Public"], operationId: "getPublicCollection",
      summary: "What the public story form needs (no account)", request: { params: SlugParam, query: FormQuery }, errors: [404, 409],
      responses: { 200: jsonContent(PublicCollection, "The collection and its questions") } }),
    async (c) => {
      const collection = await openPublicCollection(c.req.valid("param").slug);
      assertOpen(collection);
      const { framework } = await storyContext(db, collection);
      const { lang, easy } = c.req.valid("query");
      // Interpreters' questions, and so their translations, are not for the public.
      const source = withOwnTextsOnly({ ...framework.definition, signifiers: tellerSignifiers(framework.definition) });
      const definition = localizeFramework(source, lang ?? source.language, { easy: easy === "true" });
      return c.json({
        slug: collection.slug, name: redactedText(collection.name), audience: collection.audience as "professionals" | "clients",
        closesAt: collection.closesAt?.toISOString() ?? null,
        framework: {
          version: framework.version, name: definition.name, language: definition.language, description: definition.description,
          prompts: definition.prompts, signifiers: definition.signifiers,
          languages: frameworkLanguages(source), easyLanguages: easyLanguages(source),
          translations: source.translations, easyLanguage: source.easyLanguage, pictograms: source.pictograms,
        },
        formToken: issueFormToken(config.secret, collection.id),
        sharesWithSector: await sharesWithSector(db, collection.organizationId, collection.id),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/public-collections/{slug}/stories", tags: ["Public"], operationId: "tellPublicStory",
      summary: "Tell a story without an account (web form or kiosk)",
      request: { params: SlugParam, headers: IdempotencyHeader, body: jsonBody(PublicStoryInput) }, errors: [404, 409, 413, 422],
      responses: { 201: jsonContent(StoryCreated, "Stored") } }),
    async (c) => {
      const collection = await openPublicCollection(c.req.valid("param").slug);
      const { formToken, ...input } = c.req.valid("json");
      const channel = input.channel ?? "web";
      if (channel !== "web" && channel !== "kiosk") {
        throw badRequest([{ name: "channel", reason: message("wrongType", c.get("lang")), code: "wrongType" }]);
      }
      const { story } = await tellStory({ db, writer: stories }, {
        collection, input, channel, idempotencyKey: c.req.valid("header")["idempotency-key"], lang: c.get("lang"),
        assertMayTell: (open) => assertMayTell(open, { secret: config.secret, formToken, toldAt: input.toldAt }),
      });
      return c.json({
        ...presentCreated(story), receiptUrl: receiptUrl(config.publicUrl, receiptToken(config.secret, story.id)), ...recordingUploadOffer(config.secret, story),
      }, 201);
    },
  );
}
