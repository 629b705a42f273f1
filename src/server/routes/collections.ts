import { z } from "@hono/zod-openapi";
import QRCode from "qrcode";
import { reach } from "../access.ts";
import { Collection, CollectionDetail, CollectionInput, CollectionUpdate } from "../../contract/collections.ts";
import { sharesWithSector } from "../sector/links.ts";
import type { Api, AppDeps } from "../context.ts";
import { changeCollection, createCollection, listCollections } from "../collections/manage.ts";
import { type CollectionRow, publicUrlOf } from "../collections/repository.ts";
import { presentCollection } from "../collections/present.ts";
import { issueFormToken } from "../collections/form-token.ts";
import { defineRoute, signedIn, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";

export function registerCollectionRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  const present = (row: CollectionRow) => presentCollection(row, config.publicUrl);

  api.openapi(
    defineRoute({ method: "post", path: "/collections", tags: ["Collections"], operationId: "createCollection", security: signedIn,
      summary: "Open a listening point (admin)", request: { body: jsonBody(CollectionInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Collection, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:manage");
      return c.json(present(await createCollection(db, caller, c.req.valid("json"))), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections", tags: ["Collections"], operationId: "listCollections", security: signedIn,
      summary: "The organization's listening points", errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Collection) }), "Collections") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      return c.json({ items: (await listCollections(db, caller)).map(present) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}", tags: ["Collections"], operationId: "getCollection", security: signedIn,
      summary: "One listening point", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(CollectionDetail, "The collection") } }),
    async (c) => {
      const { caller, resource } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "collection:read");
      return c.json({
        ...present(resource), sharesWithSector: await sharesWithSector(db, caller.organizationId, resource.id),
        // For interview mode offline: proves when the colleague's form was opened (stories.ts).
        formToken: issueFormToken(config.secret, resource.id),
      }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "patch", path: "/collections/{id}", tags: ["Collections"], operationId: "updateCollection", security: signedIn,
      summary: "Rename, open or close a listening point (admin)", request: { params: IdParam, body: jsonBody(CollectionUpdate) },
      errors: [401, 403, 404], responses: { 200: jsonContent(Collection, "Updated") } }),
    async (c) => {
      const { caller, resource } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "collection:manage");
      return c.json(present(await changeCollection(db, caller, resource, c.req.valid("json"))), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/qr-code", tags: ["Collections"], operationId: "getCollectionQrCode", security: signedIn,
      summary: "QR code of the public link, as SVG", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: { description: "SVG image of the public link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const { resource: row } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "collection:read");
      const svg = await QRCode.toString(publicUrlOf(config.publicUrl, row.slug), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );
}
