import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { agreement, type StoryReadings } from "../../core/agreement.ts";
import { interpretation, story } from "../../db/schema/index.ts";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { findFramework } from "../frameworks/repository.ts";
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
      const framework = await findFramework(db, caller.organizationId, collection.frameworkId);
      // One row per interpretation of a story with research consent: bounded by the interpretation
      // work people did, not by the number of stories.
      const rows = await db.select({ storyId: story.id, teller: story.answers, answers: interpretation.answers })
        .from(interpretation).innerJoin(story, eq(story.id, interpretation.storyId))
        .where(and(eq(interpretation.organizationId, caller.organizationId), eq(interpretation.collectionId, collection.id), eq(story.consentResearch, true)));
      const byStory = new Map<string, StoryReadings>();
      for (const r of rows) {
        const readings = byStory.get(r.storyId) ?? { teller: r.teller as Record<string, unknown>, interpreters: [] };
        readings.interpreters.push(r.answers as Record<string, unknown>);
        byStory.set(r.storyId, readings);
      }
      return c.json({ items: agreement(framework, [...byStory.values()]), interpretedStories: byStory.size }, 200);
    },
  );
}
