// Frameworks: prompts and signification questions (their definition is core/framework.ts), the
// stored versions the API answers with, and the ready-made templates.
import { z } from "@hono/zod-openapi";
import { frameworkDefinition, pictogramName, signifier, textsByKey } from "../core/framework.ts";
import { dateTime } from "./common.ts";

export const FrameworkInput = frameworkDefinition.meta({ id: "FrameworkInput" });
export const Prompt = z.object({ id: z.string(), text: z.string() });
/** A framework's content as staff and the public form both read it: texts, questions, translations. */
export const frameworkContent = {
  version: z.number().int(),
  name: z.string(),
  language: z.string(),
  description: z.string().optional(),
  prompts: z.array(Prompt),
  signifiers: z.array(signifier),
  translations: z.record(z.string(), textsByKey).optional(),
  easyLanguage: z.record(z.string(), textsByKey).optional(),
  pictograms: z.record(z.string(), pictogramName).optional(),
};

export const Framework = z.object({
  id: z.string().uuid(),
  ...frameworkContent,
  createdAt: dateTime,
  updatedAt: dateTime,
}).openapi("Framework");
export const FrameworkTemplate = z.object({ id: z.string(), framework: FrameworkInput }).openapi("FrameworkTemplate");

export type FrameworkInput = z.input<typeof FrameworkInput>;
export type Prompt = z.infer<typeof Prompt>;
export type Framework = z.infer<typeof Framework>;
export type FrameworkTemplate = z.infer<typeof FrameworkTemplate>;
