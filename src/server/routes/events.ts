// Server-sent events for open dashboards: a new story in the collection reaches them within moments,
// from whichever app process stored it.
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { streamLiveEvents } from "../events/sse.ts";
import { defineRoute, eventStreamResponse, IdParam, signedIn } from "../openapi.ts";


export function registerEventRoutes(api: Api, { database, events }: AppDeps) {
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/events", tags: ["Patterns"], operationId: "streamCollectionEvents", security: signedIn,
      summary: "Live events of a collection (text/event-stream): story.created, stories.imported", request: { params: IdParam }, errors: [401, 403, 404],
      responses: { 200: eventStreamResponse } }),
    async (c) => {
      const { caller, resource: collection } = await reach(database.db, c.get("caller"), "collection", c.req.valid("param").id, "story:read");
      return streamLiveEvents(c, events, { collectionId: collection.id },
        (event) => event.organizationId === caller.organizationId && event.collectionId === collection.id) as never;
    },
  );
}
