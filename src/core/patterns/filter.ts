// Which stories an analysis looks at: a plain, serialisable object that a query string maps onto,
// checked once against the framework's signifiers so the column index and the SQL reference read
// exactly the same conditions. Research consent is not a filter: only stories whose teller agreed to
// research ever enter an analysis.
import { z } from "zod";
import type { CatalogEntry, ChoiceEntry, SignifierCatalog } from "./catalog.ts";

const choiceCondition = z.object({
  signifierId: z.string(),
  /** Stories that chose any of these options. */
  options: z.array(z.string()).min(1).max(50),
}).strict();

const rangeCondition = z.object({
  signifierId: z.string(),
  /** For a triad: which corner's share (0, 1, 2) the range applies to. */
  corner: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  /** Inclusive bounds; a missing bound is open. */
  min: z.number().optional(),
  max: z.number().optional(),
}).strict();

export const answerCondition = z.union([choiceCondition, rangeCondition]);
export type AnswerCondition = z.infer<typeof answerCondition>;

export const patternFilter = z.object({
  /** Told at or after this instant (ISO 8601 with offset). */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Told before this instant (exclusive). */
  to: z.iso.datetime({ offset: true }).optional(),
  /** Within the scope's framework: only these collections. */
  collections: z.array(z.string()).max(200).optional(),
  teams: z.array(z.string()).max(200).optional(),
  channels: z.array(z.string()).max(20).optional(),
  /** Only stories from collections that listen to this audience (professionals, clients or both). */
  audiences: z.array(z.enum(["professionals", "clients"])).min(1).max(2).optional(),
  /** Only stories that a colleague gave any of these tags when interpreting them. */
  tags: z.array(z.string().min(1).max(100)).min(1).max(20).optional(),
  /** All must hold. */
  answers: z.array(answerCondition).max(20).optional(),
}).strict();
export type PatternFilter = z.infer<typeof patternFilter>;

export type PatternErrorCode = "unknownScope" | "unknownSignifier" | "unknownOption" | "wrongCondition" | "wrongSignifierType" | "noRole" | "outOfRange";

/** A query that cannot be answered as asked (the HTTP layer answers 400 with the code). */
export class PatternQueryError extends Error {
  constructor(readonly code: PatternErrorCode, readonly detail: string) {
    super(`${code}: ${detail}`);
  }
}

/** A whole-number setting (bins, minimum n …) or its default; out of range is the caller's error. */
export function integerSetting(value: number | undefined, fallback: number, min: number, max: number, name: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw new PatternQueryError("outOfRange", `${name} must be a whole number from ${min} to ${max}`);
  return v;
}

export type ResolvedCondition =
  | { kind: "options"; entry: ChoiceEntry; codes: number[] }
  | { kind: "range"; entry: Extract<CatalogEntry, { type: "dyad" | "scale" }>; min: number; max: number }
  | { kind: "corner"; entry: Extract<CatalogEntry, { type: "triad" }>; corner: 0 | 1 | 2; min: number; max: number };

export interface ResolvedFilter {
  fromMs: number;
  toMs: number;
  collections?: string[];
  teams?: string[];
  channels?: string[];
  audiences?: ("professionals" | "clients")[];
  tags?: string[];
  conditions: ResolvedCondition[];
}

export function catalogEntry(catalog: SignifierCatalog, signifierId: string): CatalogEntry {
  const entry = catalog.byId.get(signifierId);
  if (!entry) throw new PatternQueryError("unknownSignifier", signifierId);
  return entry;
}

function resolveCondition(catalog: SignifierCatalog, c: AnswerCondition): ResolvedCondition {
  const entry = catalogEntry(catalog, c.signifierId);
  if ("options" in c) {
    if (entry.type !== "choice") throw new PatternQueryError("wrongCondition", `${c.signifierId} is not a choice`);
    const codes = c.options.map((id) => {
      const code = entry.options.indexOf(id);
      if (code < 0) throw new PatternQueryError("unknownOption", `${c.signifierId}.${id}`);
      return code;
    });
    return { kind: "options", entry, codes };
  }
  const min = c.min ?? Number.NEGATIVE_INFINITY;
  const max = c.max ?? Number.POSITIVE_INFINITY;
  if (entry.type === "triad") {
    if (c.corner === undefined) throw new PatternQueryError("wrongCondition", `${c.signifierId}: name the corner`);
    return { kind: "corner", entry, corner: c.corner, min, max };
  }
  if ((entry.type === "dyad" || entry.type === "scale") && c.corner === undefined) return { kind: "range", entry, min, max };
  throw new PatternQueryError("wrongCondition", `${c.signifierId} takes no range`);
}

/** Checks the filter against the catalog and turns dates and option ids into what both engines compare. */
export function resolveFilter(catalog: SignifierCatalog, filter: PatternFilter = {}): ResolvedFilter {
  return {
    fromMs: filter.from ? Date.parse(filter.from) : Number.NEGATIVE_INFINITY,
    toMs: filter.to ? Date.parse(filter.to) : Number.POSITIVE_INFINITY,
    collections: filter.collections,
    teams: filter.teams,
    channels: filter.channels,
    audiences: filter.audiences,
    tags: filter.tags,
    conditions: (filter.answers ?? []).map((c) => resolveCondition(catalog, c)),
  };
}
