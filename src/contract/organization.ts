// The organization's settings and the admin's first steps.
import { z } from "@hono/zod-openapi";

export const OrganizationSettings = z.object({
  smallCellK: z.number().int().min(1).max(100)
    .openapi({ description: "Colleagues and tellers see no counts of 1 … k − 1 stories in aggregates; 1 hides nothing" }),
  sectorShowName: z.boolean()
    .openapi({ description: "Members of a sector this organization contributes to may see its name (from its next release); off: it is counted, not named" }),
}).openapi("OrganizationSettings");
export const stepIds = ["framework", "collection", "share", "stories", "patterns"] as const;
export const GettingStarted = z.object({
  steps: z.array(z.object({ id: z.enum(stepIds), done: z.boolean() })).openapi({ description: "In order; `share` is done once a story came in through a public link" }),
  frameworkId: z.string().uuid().nullable().openapi({ description: "The newest framework (not the demo's)" }),
  collectionId: z.string().uuid().nullable().openapi({ description: "The real vertelpunt with the most stories" }),
  patternsAt: z.number().int().openapi({ description: "Stories a vertelpunt needs for the patterns step" }),
  demoCollectionId: z.string().uuid().nullable(),
}).openapi("GettingStarted");

export type OrganizationSettings = z.infer<typeof OrganizationSettings>;
export type GettingStarted = z.infer<typeof GettingStarted>;
