// What an anonymous teller can do with the private receipt link: see what happened with the story
// ("wat er met je verhaal gebeurde") and withdraw it.
import { Receipt } from "../../contract/stories.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonContent, ReceiptTokenParam } from "../openapi.ts";
import { eraseStory } from "../stories/erase.ts";
import { findAnonymousStory, receiptView } from "../stories/receipts.ts";

export function registerReceiptRoutes(api: Api, { database, config, events, recordings, sectorOutbox }: AppDeps) {
  const { db } = database;
  const anonymousStory = (token: string) => findAnonymousStory(db, config.secret, token);

  api.openapi(
    defineRoute({ method: "get", path: "/receipts/{token}", tags: ["Public"], operationId: "getReceipt",
      summary: "What happened with an anonymous teller's story (private link, no account)", request: { params: ReceiptTokenParam }, errors: [404],
      responses: { 200: jsonContent(Receipt, "The story and what was done with it") } }),
    async (c) => {
      const { story: s, collectionName } = await anonymousStory(c.req.valid("param").token);
      return c.json(await receiptView(db, s, collectionName), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/receipts/{token}", tags: ["Public"], operationId: "withdrawStory",
      summary: "Withdraw the story: it is erased for good, and withdrawn from the sector if it was shared", request: { params: ReceiptTokenParam }, errors: [404],
      responses: { 204: { description: "Erased" } } }),
    async (c) => {
      const { story: s } = await anonymousStory(c.req.valid("param").token);
      await eraseStory({ db, events, recordings, sectorOutbox }, { organizationId: s.organizationId }, s, "story.withdrawn");
      return c.body(null, 204);
    },
  );
}
