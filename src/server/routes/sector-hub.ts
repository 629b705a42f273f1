// The hub's side of the contribution protocol, for instances elsewhere (topology b). A contributing
// instance authenticates with the credential the hub issued (Bearer vps_…), registers its
// organization's public key once, and delivers signed documents with their id as Idempotency-Key;
// the hub checks every signature, stores each document once and answers withdrawals. Organizations
// on this instance reach the same functions directly (sector/hub-client.ts).
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { badRequest } from "../problem.ts";
import { contributorByCredential, coreVersionOf, receiveContribution, registerPublicKey, sectorNameOf, withdrawReceived } from "../sector/hub.ts";
import { CoreFramework, SectorContribution, SectorHubRegistration, SigningKeyInput } from "../../contract/sectors.ts";

const tags = ["Sector hub"];
const security = [{ sectorCredential: [] }];
const VersionParam = z.object({ version: z.string().regex(/^(latest|[1-9][0-9]{0,5})$/).openapi({ param: { name: "version", in: "path" }, example: "latest" }) });
const IdempotencyKey = z.object({ "idempotency-key": z.string().uuid().openapi({ param: { name: "idempotency-key", in: "header" }, description: "The contribution's id" }) });

export function registerSectorHubRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openAPIRegistry.registerComponent("securitySchemes", "sectorCredential", { type: "http", scheme: "bearer", description: "A credential the hub issued to a contributing instance (vps_…)" });
  const contributor = (c: Context) => contributorByCredential(db, c.req.header("authorization"));

  api.openapi(
    defineRoute({ method: "put", path: "/sector-hub/signing-key", tags, operationId: "registerSectorSigningKey", security, ownCredential: true,
      summary: "Register the contributing organization's Ed25519 public key (once; the same key again is fine)",
      request: { body: jsonBody(SigningKeyInput) }, errors: [401, 409],
      responses: { 200: jsonContent(SectorHubRegistration, "Registered: the sector this credential contributes to") } }),
    async (c) => {
      const who = await contributor(c);
      await registerPublicKey(db, who, c.req.valid("json").publicKey);
      return c.json({ sectorId: who.sectorId, sectorName: await sectorNameOf(db, who.sectorId) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sector-hub/core-frameworks/{version}", tags, operationId: "getSectorHubCoreFramework", security, ownCredential: true,
      summary: "A published version of the sector's core framework ('latest' for the newest)", request: { params: VersionParam }, errors: [401, 404],
      responses: { 200: jsonContent(CoreFramework, "The version") } }),
    async (c) => {
      const who = await contributor(c);
      const { version } = c.req.valid("param");
      return c.json(await coreVersionOf(db, who.sectorId, version === "latest" ? undefined : Number(version)), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sector-hub/contributions", tags, operationId: "deliverSectorContribution", security, ownCredential: true,
      summary: "Deliver a signed contribution; a retry with the same Idempotency-Key is stored once",
      request: { headers: IdempotencyKey, body: jsonBody(SectorContribution) }, errors: [401, 422],
      responses: { 201: { description: "Stored" }, 200: { description: "Stored earlier under this Idempotency-Key" } } }),
    async (c) => {
      const who = await contributor(c);
      const contribution = c.req.valid("json");
      if (c.req.valid("header")["idempotency-key"] !== contribution.id) throw badRequest([{ name: "Idempotency-Key", reason: "must be the contribution's id" }]);
      const outcome = await receiveContribution(db, who, contribution);
      return c.body(null, outcome === "stored" ? 201 : 200);
    },
  );

  api.openapi(
    defineRoute({ method: "delete", path: "/sector-hub/contributions/{id}", tags, operationId: "withdrawSectorContribution", security, ownCredential: true,
      summary: "Withdraw a contribution: the hub drops its content for good (also when it has not arrived yet)", request: { params: IdParam }, errors: [401],
      responses: { 204: { description: "Withdrawn" } } }),
    async (c) => {
      await withdrawReceived(db, await contributor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
