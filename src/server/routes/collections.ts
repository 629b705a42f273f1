import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import QRCode from "qrcode";
import { collection, framework, team } from "../../db/schema/index.ts";
import { sharesWithSector } from "../sector/links.ts";
import type { Api, AppDeps } from "../context.ts";
import { type CollectionRow, findCollection, forgetCollection, newSlug, openState, publicUrlOf } from "../collections/repository.ts";
import { defineRoute, signedIn, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { redactedText } from "../../core/privacy/index.ts";

const dateTime = z.string().datetime({ offset: true });
const CollectionInput = z.object({
  name: z.string().trim().min(1).max(200),
  frameworkId: z.string().uuid(),
  audience: z.enum(["professionals", "clients"]),
  anonymous: z.boolean(),
  opensAt: dateTime.optional(),
  closesAt: dateTime.optional(),
  teamId: z.string().uuid().optional(),
  retentionMonths: z.number().int().min(1).max(240).optional().openapi({ description: "Stories older than this are removed automatically" }),
}).openapi("CollectionInput");
const CollectionUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  opensAt: dateTime.nullable().optional(),
  closesAt: dateTime.nullable().optional(),
  retentionMonths: z.number().int().min(1).max(240).nullable().optional(),
}).openapi("CollectionUpdate");
export const Collection = z.object({
  id: z.string().uuid(),
  name: z.string(),
  frameworkId: z.string().uuid(),
  audience: z.enum(["professionals", "clients"]),
  anonymous: z.boolean(),
  opensAt: dateTime.nullable(),
  closesAt: dateTime.nullable(),
  teamId: z.string().uuid().nullable(),
  retentionMonths: z.number().int().nullable(),
  slug: z.string(),
  publicUrl: z.string().url(),
  state: z.enum(["open", "notYetOpen", "closed"]),
  demo: z.boolean().openapi({ description: "Invented stories to show how Vertelpunt works (POST /demo-collections)" }),
  createdAt: dateTime,
}).openapi("Collection");

export function presentCollection(row: CollectionRow, baseUrl: string) {
  return {
    id: row.id, name: row.name, frameworkId: row.frameworkId, audience: row.audience as "professionals" | "clients",
    anonymous: row.anonymous, opensAt: row.opensAt?.toISOString() ?? null, closesAt: row.closesAt?.toISOString() ?? null,
    teamId: row.teamId, retentionMonths: row.retentionMonths, slug: row.slug, publicUrl: publicUrlOf(baseUrl, row.slug), state: openState(row),
    demo: row.demo, createdAt: row.createdAt.toISOString(),
  };
}

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

export function registerCollectionRoutes(api: Api, { database, config }: AppDeps) {
  const { db } = database;
  const present = (row: CollectionRow) => presentCollection(row, config.publicUrl);

  api.openapi(
    defineRoute({ method: "post", path: "/collections", tags: ["Collections"], operationId: "createCollection", security: signedIn,
      summary: "Open a listening point (admin)", request: { body: jsonBody(CollectionInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Collection, "Created") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:manage");
      const input = c.req.valid("json");
      const [fw] = await db.select({ id: framework.id }).from(framework)
        .where(and(eq(framework.organizationId, caller.organizationId), eq(framework.id, input.frameworkId)));
      if (!fw) throw badRequest([{ name: "frameworkId", reason: "unknown framework", code: "unknownFramework" }]);
      if (input.teamId) {
        const [t] = await db.select({ id: team.id }).from(team).where(and(eq(team.organizationId, caller.organizationId), eq(team.id, input.teamId)));
        if (!t) throw badRequest([{ name: "teamId", reason: "unknown team", code: "unknownTeam" }]);
      }
      if (input.opensAt && input.closesAt && new Date(input.closesAt) <= new Date(input.opensAt)) {
        throw badRequest([{ name: "closesAt", reason: "closesAt must be after opensAt", code: "closesBeforeOpens" }]);
      }
      const [row] = await db.insert(collection).values({
        organizationId: caller.organizationId, frameworkId: input.frameworkId, name: redactedText(input.name), slug: newSlug(),
        audience: input.audience, anonymous: input.anonymous, opensAt: toDate(input.opensAt), closesAt: toDate(input.closesAt),
        teamId: input.teamId, retentionMonths: input.retentionMonths,
      }).returning();
      return c.json(present(row!), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections", tags: ["Collections"], operationId: "listCollections", security: signedIn,
      summary: "The organization's listening points", errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Collection) }), "Collections") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const rows = await db.select().from(collection).where(eq(collection.organizationId, caller.organizationId)).orderBy(collection.name);
      return c.json({ items: rows.map(present) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}", tags: ["Collections"], operationId: "getCollection", security: signedIn,
      summary: "One listening point", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(Collection.extend({ sharesWithSector: z.boolean().openapi({ description: "Contributes to a sector: the story form asks for sector consent" }) }).openapi("CollectionDetail"), "The collection") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const row = await findCollection(db, caller.organizationId, c.req.valid("param").id);
      return c.json({ ...present(row), sharesWithSector: await sharesWithSector(db, caller.organizationId, row.id) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "patch", path: "/collections/{id}", tags: ["Collections"], operationId: "updateCollection", security: signedIn,
      summary: "Rename, open or close a listening point (admin)", request: { params: IdParam, body: jsonBody(CollectionUpdate) },
      errors: [401, 403, 404], responses: { 200: jsonContent(Collection, "Updated") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const { id } = c.req.valid("param");
      await findCollection(db, caller.organizationId, id);
      authorize(caller, "collection:manage");
      const input = c.req.valid("json");
      const [row] = await db.update(collection)
        .set({ name: input.name === undefined ? undefined : redactedText(input.name), opensAt: toDate(input.opensAt), closesAt: toDate(input.closesAt), retentionMonths: input.retentionMonths })
        .where(and(eq(collection.organizationId, caller.organizationId), eq(collection.id, id))).returning();
      forgetCollection(row!.slug);
      return c.json(present(row!), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/qr-code", tags: ["Collections"], operationId: "getCollectionQrCode", security: signedIn,
      summary: "QR code of the public link, as SVG", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: { description: "SVG image of the public link", content: { "image/svg+xml": { schema: z.string() } } } } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      const row = await findCollection(db, caller.organizationId, c.req.valid("param").id);
      const svg = await QRCode.toString(publicUrlOf(config.publicUrl, row.slug), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return c.body(svg, 200, { "Content-Type": "image/svg+xml" });
    },
  );
}
