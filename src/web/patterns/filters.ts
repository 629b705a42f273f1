// What the dashboard looks at: the filters a person set and the bar or region they selected, turned
// into the query strings of the pattern API and of the story list (which takes the same answer
// conditions, so a bar of n stories lists exactly those n).
import type { ListeningRound } from "../../contract/collections.ts";
import { dayBoundary } from "../toolkit/format.ts";
import { queryString } from "../toolkit/useResource.ts";

export type AnswerCondition =
  | { signifierId: string; options: string[] }
  | { signifierId: string; corner?: 0 | 1 | 2; min?: number; max?: number };

/** What a dashboard looks at: one collection, or every collection of a framework. */
export type DashboardScope = { kind: "collection"; id: string } | { kind: "framework"; id: string };

/** The API path the scope's pattern routes hang under. */
export const scopePath = (scope: DashboardScope) => `/${scope.kind === "collection" ? "collections" : "frameworks"}/${encodeURIComponent(scope.id)}`;

export interface DashboardFilter {
  /** Days, yyyy-mm-dd. */
  from: string;
  to: string;
  teamId: string;
  channel: string;
  /** A listening round of the collection: only the stories told within its period. */
  roundId: string;
  /** Choice signifier id → the option the stories must have chosen. */
  choices: Record<string, string>;
  /** Tags as typed, comma-separated: only stories a colleague gave any of them when interpreting. */
  tags: string;
  /** Across a framework: only the collections for professionals, or for clients. */
  audience: string;
}

export const noFilter: DashboardFilter = { from: "", to: "", teamId: "", channel: "", roundId: "", choices: {}, tags: "", audience: "" };

/** How many filters are in use: each field set counts once, each chosen answer once. */
export function activeFilters(f: DashboardFilter): number {
  const fields = [f.from, f.to, f.teamId, f.channel, f.roundId, f.tags.trim(), f.audience].filter((v) => v !== "").length;
  return fields + Object.values(f.choices).filter((v) => v !== "").length;
}

/** A listening round's period: from startsAt, up to endsAt (exclusive). */
export type RoundPeriod = Pick<ListeningRound, "id" | "startsAt" | "endsAt">;

/** A bar, bin or region someone selected: its conditions and how to name it. */
export interface Selection {
  key: string;
  label: string;
  count: number;
  conditions: AnswerCondition[];
}

export function filterConditions(filter: DashboardFilter): AnswerCondition[] {
  return Object.entries(filter.choices).filter(([, option]) => option).map(([signifierId, option]) => ({ signifierId, options: [option] }));
}

/** The typed tags, trimmed, without empty ones or repeats. */
export const tagList = (tags: string): string[] => [...new Set(tags.split(",").map((tag) => tag.trim()).filter(Boolean))];

const answersParam = (conditions: AnswerCondition[]) => (conditions.length ? JSON.stringify(conditions) : undefined);
const period = (filter: DashboardFilter) => ({
  from: filter.from ? dayBoundary(filter.from, "start") : undefined,
  to: filter.to ? dayBoundary(filter.to, "end") : undefined,
});

/** The query of a pattern route (distributions, patterns, pattern-discoveries) under the filter. */
export function patternQuery(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  return queryString({
    ...extra, ...period(filter), roundId: filter.roundId, teamIds: filter.teamId, channels: filter.channel,
    tags: tagList(filter.tags).join(","), audience: filter.audience, answers: answersParam(filterConditions(filter)),
  });
}

/**
 * The period within the round as well, as the pattern routes narrow it: the story list knows no
 * rounds, and its `to` is inclusive where a round's end is not.
 */
function periodWithin(filter: DashboardFilter, round?: RoundPeriod) {
  const { from, to } = period(filter);
  if (!round) return { from, to };
  const end = new Date(Date.parse(round.endsAt) - 1).toISOString();
  return {
    from: from && Date.parse(from) > Date.parse(round.startsAt) ? from : round.startsAt,
    to: to && Date.parse(to) < Date.parse(end) ? to : end,
  };
}

/** The story list query for the stories inside a selection, under the same filter. */
export function selectionStoriesQuery(scope: DashboardScope, filter: DashboardFilter, selection: Selection, round?: RoundPeriod, limit = 25): string {
  return queryString({
    [scope.kind === "collection" ? "collectionId" : "frameworkId"]: scope.id, ...periodWithin(filter, round), teamId: filter.teamId,
    channels: filter.channel, tags: tagList(filter.tags).join(","), audience: filter.audience,
    answers: answersParam([...filterConditions(filter), ...selection.conditions]), limit: String(limit),
  });
}

export const choiceConditions = (signifierId: string, option: string): AnswerCondition[] => [{ signifierId, options: [option] }];

/** A dyad histogram bin [lo, hi), the last one closed at 1, as the API bins. */
export const binConditions = (signifierId: string, lo: number, hi: number, last: boolean): AnswerCondition[] =>
  [{ signifierId, min: lo, max: last ? hi : hi - 1e-9 }];

export const scaleConditions = (signifierId: string, value: number): AnswerCondition[] => [{ signifierId, min: value, max: value }];
