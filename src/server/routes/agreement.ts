import { z } from "@hono/zod-openapi";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { collectionAgreement } from "../interpretations/agreement.ts";
import { defineRoute, IdParam, jsonContent, signedIn } from "../openapi.ts";

const SignifierAgreement = z.object({
  signifierId: z.string(),
  type: z.enum(["choice", "triad", "dyad"]),
  stories: z.number().int(),
  alpha: z.number().nullable().openapi({ description: "Krippendorff's alpha among interpreters (nominal for choices, interval for dyads)" }),
  tellerAlpha: z.number().nullable().openapi({ description: "The same alpha with the teller as one more coder of their own story" }),
  meanInterpreterDistance: z.number().nullable(),
  meanTellerDistance: z.number().nullable(),
  tellerMatchShare: z.number().nullable(),
}).openapi("SignifierAgreement");

export function registerAgreementRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;
  api.openapi(
    defineRoute({ method: "get", path: "/collections/{id}/agreement", tags: ["Interpretations"], operationId: "getAgreement", security: signedIn,
      summary: "Agreement among interpreters, and between teller and interpreters, per signifier", request: { params: IdParam },
      errors: [401, 403, 404], responses: { 200: jsonContent(z.object({ items: z.array(SignifierAgreement), interpretedStories: z.number().int() }), "Agreement") } }),
    async (c) => {
      const { caller, resource: collection } = await reach(db, c.get("caller"), "collection", c.req.valid("param").id, "analysis:read");
      return c.json(await collectionAgreement(db, caller, collection), 200);
    },
  );
}
