import { reach } from "../access.ts";
import { Agreement } from "../../contract/interpretations.ts";
import type { Api, AppDeps } from "../context.ts";
import { collectionAgreement } from "../interpretations/agreement.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";

export function registerAgreementRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/agreement", tags: ["Interpretations"], operationId: "getAgreement", security: signedIn,
      summary: "Agreement among interpreters, and between teller and interpreters, per signifier", request: { params: IdParam },
      errors: [401, 403, 404], responses: { 200: jsonContent(Agreement, "Agreement") } }),
    async (c) => {
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "analysis:read");
      return c.json(await collectionAgreement(db, caller, collection), 200);
    },
  );
}
