// The signification framework: prompts and signifier definitions, one zod definition that serves
// validation, the OpenAPI document and the web client.
import { z } from "zod";
import { importOptions } from "./import/options.ts";

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, "letters, digits, _ or -, starting with a letter");
const label = z.string().trim().min(1).max(200);
const option = z.object({ id: identifier, label });

export const signifierAudiences = ["teller", "interpreter", "both"] as const;
export const choiceRoles = ["situation", "intervention", "outcome"] as const;

/** Other names a peer's files give a question or prompt (NarraFirma's data column name, short name): an import's columns and cells match them too. */
const aliases = z.array(z.string().trim().min(1).max(200)).max(5).optional();

const common = {
  id: identifier,
  question: z.string().trim().min(1).max(500),
  aliases,
  required: z.boolean().default(false),
  /** Who answers it: the teller, colleagues interpreting the story, or both. */
  audience: z.enum(signifierAudiences).default("teller"),
};

export const triadSignifier = z.object({ ...common, type: z.literal("triad"), labels: z.tuple([label, label, label]) });
export const dyadSignifier = z.object({ ...common, type: z.literal("dyad"), labels: z.tuple([label, label]) });
export const stonesSignifier = z.object({
  ...common,
  type: z.literal("stones"),
  xLabels: z.tuple([label, label]),
  yLabels: z.tuple([label, label]),
  items: z.array(option).min(1).max(12),
});
export const choiceSignifier = z.object({
  ...common,
  type: z.literal("choice"),
  options: z.array(option).min(2).max(50),
  multiple: z.boolean().default(false),
  role: z.enum(choiceRoles).optional(),
});
export const scaleSignifier = z
  .object({
    ...common,
    type: z.literal("scale"),
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(label).max(11).optional(),
  })
  .refine((s) => s.max > s.min && s.max - s.min <= 100, { message: "max must be above min, at most 100 apart", path: ["max"] });
export const textSignifier = z.object({
  ...common,
  type: z.literal("text"),
  maxLength: z.number().int().min(1).max(20_000).optional(),
});

export const signifier = z.discriminatedUnion("type", [
  triadSignifier, dyadSignifier, stonesSignifier, choiceSignifier, scaleSignifier, textSignifier,
]);
export type Signifier = z.infer<typeof signifier>;
export type SignifierType = Signifier["type"];

const languageCode = z.string().regex(/^[a-z]{2}$/, "a two-letter language code such as nl or en");
/** Texts by the keys of core/framework-texts.ts, e.g. "question.situatie.option.werk". */
export const textsByKey = z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/), z.string().trim().min(1).max(2000));
/** A lucide-static icon name (ISC licence), e.g. "house" or "hand-heart". */
export const pictogramName = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64);

export const prompt = z.object({ id: identifier, text: z.string().trim().min(1).max(1000), aliases });

export const frameworkDefinition = z
  .object({
    name: z.string().trim().min(1).max(200),
    language: languageCode,
    description: z.string().max(2000).optional(),
    prompts: z.array(prompt).min(1).max(20),
    signifiers: z.array(signifier).max(60),
    /** Translations of the texts, by language; a missing key falls back to the source text. */
    translations: z.record(languageCode, textsByKey).optional(),
    /** Easy-language (A2/B1) versions of the texts by language, the source language included. */
    easyLanguage: z.record(languageCode, textsByKey).optional(),
    /** Pictograms of options, stones items and triad corners, by text key. */
    pictograms: z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/), pictogramName).optional(),
    /** How the stories file of the form this framework was made from is read (core/import/options.ts). */
    importOptions: importOptions.optional(),
  })
  .superRefine((f, ctx) => {
    for (const [field, items] of [["prompts", f.prompts], ["signifiers", f.signifiers]] as const) {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [field, index, "id"], message: `duplicate id ${item.id}` });
        seen.add(item.id);
      });
    }
  });
export type FrameworkDefinition = z.infer<typeof frameworkDefinition>;
export type FrameworkInput = z.input<typeof frameworkDefinition>;

/** Signifiers the teller answers when telling (the rest are for interpreters). */
export function tellerSignifiers(definition: FrameworkDefinition): Signifier[] {
  return definition.signifiers.filter((s) => s.audience !== "interpreter");
}
