// What every pattern route shares: the filter query string, access (colleagues see aggregates with
// small cells hidden, analysts see every count), and turning engine errors into problem+json.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { PatternQueryError, type PatternFilter, patternFilter } from "../../core/patterns/filter.ts";
import type { Db } from "../../db/client.ts";
import { reach } from "../access.ts";
import { findRound } from "../collections/rounds.ts";
import { type Caller, isAllowed } from "../policy.ts";
import { badRequest, notFound } from "../problem.ts";
import { smallCellKOf } from "../stories/organization-keys.ts";

const dateTime = z.string().datetime({ offset: true });
export const FilterQuery = z.object({
  from: dateTime.optional(),
  to: dateTime.optional().openapi({ description: "Exclusive" }),
  teamIds: z.string().optional().openapi({ description: "Comma-separated team ids" }),
  channels: z.string().optional().openapi({ description: "Comma-separated: web, interview, kiosk, import" }),
  audience: z.string().optional().openapi({ description: "Comma-separated: professionals, clients (the audience of the story's collection)" }),
  tags: z.string().max(2000).optional().openapi({ description: "Comma-separated: only stories a colleague gave any of these tags when interpreting" }),
  answers: z.string().max(4000).optional().openapi({ description: "JSON array of answer conditions: {signifierId, options} or {signifierId, min?, max?, corner?}" }),
});
/** Across every collection of a framework: the filter and which collections. */
export const FrameworkFilterQuery = FilterQuery.extend({
  collectionIds: z.string().max(8000).optional().openapi({ description: "Comma-separated collection ids; all of the framework's collections when left out" }),
});
/** The filter and a listening round. */
export const RoundFilterQuery = FilterQuery.extend({
  roundId: z.string().uuid().optional().openapi({ description: "Only stories told within this listening round's period (and within from/to)" }),
});
const list = (value?: string) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : undefined);

export function filterFrom(query: Partial<z.infer<typeof FrameworkFilterQuery>>): PatternFilter {
  let answers: unknown;
  try {
    answers = query.answers ? JSON.parse(query.answers) : undefined;
  } catch {
    throw badRequest([{ name: "answers", reason: "not valid JSON", code: "invalidJson" }]);
  }
  const parsed = patternFilter.safeParse({
    from: query.from, to: query.to, collections: list(query.collectionIds), teams: list(query.teamIds), channels: list(query.channels),
    audiences: list(query.audience), tags: list(query.tags), answers,
  });
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => ({ name: i.path.join(".") || "filter", reason: i.message, code: i.code })));
  return parsed.data;
}

/** The filter, narrowed to a listening round's period when the query names one (unknown round: 400). */
export async function filterOf(db: Db, scope: AggregateAccess["scope"], query: Partial<z.infer<typeof RoundFilterQuery>>): Promise<PatternFilter> {
  const filter = filterFrom(query);
  if (!query.roundId) return filter;
  const round = await findRound(db, scope.organizationId, scope.collectionId, query.roundId).catch(() => {
    throw badRequest([{ name: "roundId", reason: "unknown listening round", code: "unknownRound" }]);
  });
  const later = (a: string | undefined, b: Date) => (a && Date.parse(a) > b.getTime() ? a : b.toISOString());
  const earlier = (a: string | undefined, b: Date) => (a && Date.parse(a) < b.getTime() ? a : b.toISOString());
  return { ...filter, from: later(filter.from, round.startsAt), to: earlier(filter.to, round.endsAt) };
}

/** Typed arrays become plain arrays in JSON. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Runs an engine query; its errors become 404 (unknown scope) or 400. */
export async function answer<T>(run: () => Promise<T>): Promise<T> {
  try {
    return plain(await run()) as T;
  } catch (error) {
    if (error instanceof PatternQueryError) {
      if (error.code === "unknownScope") throw notFound();
      throw badRequest([{ name: "query", reason: error.detail, code: error.code }]);
    }
    throw error;
  }
}

export interface AggregateAccess<Scope = { organizationId: string; collectionId: string }> {
  caller: Caller;
  scope: Scope;
  /** Set when small cells must be hidden from this caller: the organization's k. */
  k?: number;
}

/** Below analysis:read, small cells are hidden: the organization's k. */
async function accessTo<Scope>(db: Db, caller: Caller, scope: Scope): Promise<AggregateAccess<Scope>> {
  if (isAllowed(caller, "analysis:read")) return { caller, scope };
  return { caller, scope, k: await smallCellKOf(db, caller.organizationId) };
}

/** The collection in the caller's organization (404), a role that may see aggregates (403), and k. */
export async function aggregateAccess(c: Context, db: Db, collectionId: string): Promise<AggregateAccess> {
  const { caller } = await reach(db, c.get("caller"), "collection", collectionId, "aggregate:read");
  return accessTo(db, caller, { organizationId: caller.organizationId, collectionId });
}

/** As aggregateAccess, for every collection of a framework. */
export async function frameworkAggregateAccess(c: Context, db: Db, frameworkId: string): Promise<AggregateAccess<{ organizationId: string; frameworkId: string }>> {
  const { caller } = await reach(db, c.get("caller"), "framework", frameworkId, "aggregate:read");
  return accessTo(db, caller, { organizationId: caller.organizationId, frameworkId });
}
