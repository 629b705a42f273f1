// Reflection for the teller right after telling (and later): where the story sits among the others
// in its collection. Signed-in tellers ask by story id; anonymous tellers by their receipt link.
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { frameworkDefinitionAt } from "../frameworks/repository.ts";
import { defineRoute, IdParam, jsonContent, ReceiptTokenParam, signedIn } from "../openapi.ts";
import type { StoryRow } from "../stories/columns.ts";
import { findAnonymousStory } from "../stories/receipts.ts";
import { Reflection } from "../../contract/reflections.ts";
import { reflectionOf } from "../stories/reflection.ts";

export function registerReflectionRoutes(api: Api, { database, patterns, config }: AppDeps) {
  const { db } = database;
  const reflect = async (row: StoryRow) =>
    reflectionOf(db, patterns, row, await frameworkDefinitionAt(db, row.organizationId, row.frameworkId, row.frameworkVersion));

  api.openapi(
    defineRoute({ method: "get", path: "/stories/{id}/reflection", tags: ["Stories"], operationId: "getStoryReflection", security: signedIn,
      summary: "Where the story sits among the others in its collection, with reflection prompts", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(Reflection, "Own answers against the collection's distributions") } }),
    async (c) => {
      const { resource } = await reach(db, c.get("caller"), "story", c.req.valid("param").id, "story:tell");
      return c.json(await reflect(resource), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/receipts/{token}/reflection", tags: ["Public"], operationId: "getReceiptReflection",
      summary: "Reflection for an anonymous teller, by the private receipt link", request: { params: ReceiptTokenParam }, errors: [404],
      responses: { 200: jsonContent(Reflection, "Own answers against the collection's distributions") } }),
    async (c) => c.json(await reflect((await findAnonymousStory(db, config.secret, c.req.valid("param").token)).story), 200),
  );
}
