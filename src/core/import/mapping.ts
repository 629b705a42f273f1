// Which CSV column feeds which part of a story: a field (title, text, …) or a signifier's answer.
// Targets are strings, so a form, a query and a test can all write them:
//   "title" · "text" · "promptId" · "toldAt" · "subjectRef" · "consent.research" · "consent.quoting" · "consent.sector"
//   "answers.<id>"            a dyad, scale, text or (single or multiple) choice in one cell
//   "answers.<id>.<1|2|3>"    one corner of a triad, as a percentage
//   "answers.<id>.<optionId>" one option of a multiple choice, in a column of its own
import type { FrameworkDefinition, Signifier } from "../framework.ts";
import type { CsvColumn } from "./csv.ts";

export const storyFields = ["title", "text", "promptId", "toldAt", "language", "subjectRef", "consent.research", "consent.quoting", "consent.sector"] as const;
export type StoryField = (typeof storyFields)[number];

export interface MappingTarget {
  target: string;
  /** What a person reads in a list of targets. */
  label: string;
}

export type Mapping = Record<number, string | null>;

/** Names peers and people give these fields, normalised (see norm). */
const fieldNames: Record<StoryField, string[]> = {
  title: ["storytitle", "title", "titel", "storyname", "fragmenttitle"],
  text: ["storytext", "text", "tekst", "verhaal", "story", "fragment", "fragmententry"],
  promptId: ["elicitingquestion", "prompt", "vraag", "promptid"],
  toldAt: ["date", "datum", "toldat", "entrydate", "entrydatetime", "verteldop", "collectiondate", "submissiontime"],
  language: ["language", "taal", "langue", "sprache", "lang"],
  subjectRef: ["subjectref", "client", "clientnummer", "participantid"],
  "consent.research": ["consent", "consentresearch", "toestemming", "toestemmingonderzoek"],
  "consent.quoting": ["consentquoting", "quoting", "citeren", "toestemmingciteren"],
  "consent.sector": ["consentsector", "sector", "delenmetsector", "toestemmingsector"],
};

/** Lower case, letters and digits only: "Wat hielp? - Regels" and "wat_hielp.regels" read the same. */
export const norm = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");

/** An id from a name: "Needed yes/no" → "needed_yes_no"; starts with a letter as ids must ("1" → "q_1"). */
export function idOf(name: string): string {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 56);
  return /^[a-z]/.test(slug) ? slug : `q_${slug || "x"}`;
}

export function signifierTargets(s: Signifier): MappingTarget[] {
  const base = `answers.${s.id}`;
  switch (s.type) {
    case "triad":
      return s.labels.map((label, i) => ({ target: `${base}.${i + 1}`, label: `${s.question} — ${label} (%)` }));
    case "choice":
      return [{ target: base, label: s.question }, ...(s.multiple ? s.options.map((o) => ({ target: `${base}.${o.id}`, label: `${s.question} — ${o.label}` })) : [])];
    case "stones":
      return [];
    default:
      return [{ target: base, label: s.question }];
  }
}

/** Every target a column of this framework can have; stones (positions on a field) have no CSV form. */
export function mappingTargets(definition: FrameworkDefinition): MappingTarget[] {
  const fields = storyFields.map((f) => ({ target: f, label: f }));
  return [...fields, ...definition.signifiers.filter((s) => s.audience !== "interpreter").flatMap(signifierTargets)];
}

/** The names a column may carry for a target: ids, questions and labels, alone or joined. */
function namesFor(s: Signifier, target: string): string[] {
  const bases = [s.id, s.question, ...(s.aliases ?? [])].map(norm);
  const part = target.split(".")[2];
  if (part === undefined) return bases;
  const partNames = s.type === "triad"
    ? [part, s.labels[Number(part) - 1]!]
    : s.type === "choice" ? [part, s.options.find((o) => o.id === part)?.label ?? part] : [part];
  return bases.flatMap((b) => partNames.map((p) => b + norm(p)));
}

function suggestByName(name: string, definition: FrameworkDefinition): string | null {
  for (const field of storyFields) if (fieldNames[field].includes(name)) return field;
  // NarraFirma names the column after its story form's data column ("Eliciting question answered").
  if (name.startsWith("elicitingquestion")) return "promptId";
  for (const s of definition.signifiers) {
    if (s.audience === "interpreter") continue;
    for (const { target } of signifierTargets(s)) if (namesFor(s, target).includes(name)) return target;
  }
  return null;
}

/**
 * Kobo's headers carry the XLSForm's names, which the framework made from that form keeps as ids: an
 * exact id first ("hulp/anders" is an option of hulp, "hulp_anders" a question of its own, though
 * both read "hulpanders" by name); the story question, which became the framework's only prompt, is the text.
 */
function suggestKobo(column: CsvColumn, definition: FrameworkDefinition): string | null {
  const byId = (name: string) => definition.signifiers.find((s) => s.id === idOf(name) && s.audience !== "interpreter");
  const question = column.parent ? byId(column.parent) : undefined;
  if (question?.type === "choice" && question.multiple && question.options.some((o) => o.id === idOf(column.name))) return `answers.${question.id}.${idOf(column.name)}`;
  const own = byId(column.name);
  if (own && own.type !== "triad" && own.type !== "stones") return `answers.${own.id}`;
  if (definition.prompts.length === 1 && definition.prompts[0]!.id === idOf(column.name)) return "text";
  return null;
}

/** By name and option first; NarraFirma's option row also holds notes ("Yes", a list), so then by name alone. */
function suggestOne(column: CsvColumn, definition: FrameworkDefinition): string | null {
  const withOption = column.option ? suggestByName(norm(column.name) + norm(column.option), definition) : null;
  return withOption ?? (column.parent !== undefined ? suggestKobo(column, definition) : null) ?? suggestByName(norm(column.name), definition);
}

/** A multiple choice read whole from a cell may have several columns: NarraFirma repeats the question's name. */
export function sharedTarget(target: string, definition: FrameworkDefinition): boolean {
  const [head, id, part] = target.split(".");
  const s = definition.signifiers.find((x) => x.id === id);
  return head === "answers" && part === undefined && s?.type === "choice" && s.multiple;
}

/** A suggested target for each column by its name (null: no match); each target taken once. */
export function suggestMapping(columns: CsvColumn[], definition: FrameworkDefinition): Mapping {
  const taken = new Set<string>();
  const mapping: Mapping = {};
  for (const column of columns) {
    const target = suggestOne(column, definition);
    const free = target !== null && (!taken.has(target) || sharedTarget(target, definition));
    mapping[column.index] = free ? target : null;
    if (free) taken.add(target);
  }
  return mapping;
}

/** The same pairs from a mapping, as the web screen and `vertelpunt import --mapping` send them. */
export function formatMappingOverrides(mapping: Record<number, string | null>): string {
  return Object.entries(mapping).map(([index, target]) => `${index}:${target ?? ""}`).join(",");
}

/** The web screen's mapping as the file it offers to save, which `vertelpunt import --mapping` reads back (mappingFromJson). */
export function mappingJson(mapping: Record<number, string | null>): string {
  return `${JSON.stringify(Object.fromEntries(Object.entries(mapping).map(([index, target]) => [index, target ?? ""])), null, 2)}\n`;
}

/** A mapping as the web screen keeps it and a --mapping file holds it: {"3": "answers.regie", "5": ""}; null or "" leaves a column out. */
export function mappingFromJson(value: unknown): Mapping {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("a mapping is an object from column numbers to targets, such as {\"0\": \"text\", \"3\": \"answers.regie\", \"5\": \"\"}");
  return Object.fromEntries(Object.entries(value).map(([index, target]) => {
    if (!/^\d+$/.test(index)) throw new Error(`"${index}" is not a column number (the first column is 0)`);
    if (target !== null && (typeof target !== "string" || !/^[A-Za-z0-9_.-]*$/.test(target))) throw new Error(`column ${index}: ${JSON.stringify(target)} is not a target such as "title" or "answers.regie"`);
    return [Number(index), target || null];
  }));
}
