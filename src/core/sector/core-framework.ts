// A sector's core framework: questions every member asks the same way, so their answers add up.
// A version maps its question and option ids to the sector's lasting core ids; a later version
// that renames an option maps it back, and counts of both versions land in the same cell.
import { z } from "zod";
import { type FrameworkDefinition, frameworkDefinition, type Signifier, signifier } from "../framework.ts";

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

export const coreMapping = z.object({
  questions: z.record(identifier, z.object({ core: identifier, options: z.record(identifier, identifier).optional() })).default({}),
});
export type CoreMapping = z.infer<typeof coreMapping>;

export interface CoreVersion {
  version: number;
  definition: FrameworkDefinition;
  mapping: CoreMapping;
}

/** The lasting core id of a question of this version. */
export const coreQuestionId = (mapping: CoreMapping, questionId: string) => mapping.questions[questionId]?.core ?? questionId;
/** The lasting core id of an option of a question of this version. */
export const coreOptionId = (mapping: CoreMapping, questionId: string, optionId: string) => mapping.questions[questionId]?.options?.[optionId] ?? optionId;

/** Questions a core framework can carry: free text stays local (it would need its own redaction review). */
export const sharableCoreQuestion = (s: Signifier) => s.type !== "text";

export const adoptionInput = z.object({
  /** Local questions added beside the core questions. */
  localSignifiers: z.array(signifier).max(40).default([]),
  /** Local options added to a core choice question, by its id; they are not shared with the sector. */
  localOptions: z.record(identifier, z.array(z.object({ id: identifier, label: z.string().trim().min(1).max(200) })).max(20)).default({}),
});
export type AdoptionInput = z.infer<typeof adoptionInput>;

export type AdoptionResult = { ok: true; definition: FrameworkDefinition } | { ok: false; problems: { name: string; reason: string }[] };

/**
 * The framework an organization tells with after adopting a core version: the core questions with
 * their core ids (and any local options appended), then its own questions. A local question may
 * not take a core id, and a local option may not take a core option's id.
 */
export function adoptCore(core: CoreVersion, base: Pick<FrameworkDefinition, "name" | "language" | "prompts" | "signifiers" | "description">, input: AdoptionInput): AdoptionResult {
  const coreIds = new Set(core.definition.signifiers.map((s) => s.id));
  const problems: { name: string; reason: string }[] = [];
  for (const id of Object.keys(input.localOptions)) {
    const question = core.definition.signifiers.find((s) => s.id === id);
    if (question?.type !== "choice") problems.push({ name: `localOptions.${id}`, reason: "not a core choice question" });
    else for (const option of input.localOptions[id]!) {
      if (question.options.some((o) => o.id === option.id)) problems.push({ name: `localOptions.${id}.${option.id}`, reason: "already a core option" });
    }
  }
  input.localSignifiers.forEach((s, i) => {
    if (coreIds.has(s.id)) problems.push({ name: `localSignifiers.${i}.id`, reason: `${s.id} is a core question` });
  });
  if (problems.length > 0) return { ok: false, problems };
  const coreSignifiers = core.definition.signifiers.map((s) =>
    s.type === "choice" && input.localOptions[s.id] ? { ...s, options: [...s.options, ...input.localOptions[s.id]!] } : s);
  const local = [...base.signifiers.filter((s) => !coreIds.has(s.id)), ...input.localSignifiers.filter((s) => !base.signifiers.some((b) => b.id === s.id))];
  const parsed = frameworkDefinition.safeParse({ ...base, signifiers: [...coreSignifiers, ...local] });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ name: i.path.join("."), reason: i.message })) };
  return { ok: true, definition: parsed.data };
}
