// The monthly counts an organization contributes for the core questions: per option, sliders and
// scales in bins, triads on the shared grid, and situation × intervention × outcome. Cells carry
// the sector's lasting core ids, so releases of different organizations and core versions add up.
// The cells depend only on the core framework, never on the stories: the shape of a release
// reveals nothing.
import type { Answers } from "../answers.ts";
import type { Signifier } from "../framework.ts";
import { type CoreVersion, coreOptionId, coreQuestionId, sharableCoreQuestion } from "./core-framework.ts";
import type { CountHistogram } from "./release.ts";
import { DEFAULT_TRIAD_DIVISIONS, triadGridIndex, triadGridPoint, triadGridSize } from "./triad-grid.ts";

export const SLIDER_BINS = 10;
/** The situation × intervention × outcome table is left out past this many cells (its noise would swamp it). */
export const MAX_CROSS_CELLS = 2000;
const ROLES = ["situation", "intervention", "outcome"] as const;

export interface SectorHistogram extends CountHistogram {
  /** The label of each count: a core option id, a bin, a grid point or "situation|intervention|outcome". */
  cells: string[];
}

type Choice = Extract<Signifier, { type: "choice" }>;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const scaleBins = (s: Extract<Signifier, { type: "scale" }>) => Math.min(SLIDER_BINS, s.max - s.min + 1);

function cellsOf(s: Signifier, core: CoreVersion): string[] | undefined {
  switch (s.type) {
    case "choice": return s.options.map((o) => coreOptionId(core.mapping, s.id, o.id));
    case "dyad": return range(SLIDER_BINS).map((b) => `bin${b}`);
    case "scale": return range(scaleBins(s)).map((b) => `bin${b}`);
    case "triad": return range(triadGridSize(DEFAULT_TRIAD_DIVISIONS)).map((p) => `grid${p}`);
    default: return undefined;
  }
}

/** The cells one answer adds 1 to (core cell labels). */
function answerCells(s: Signifier, value: unknown, core: CoreVersion): string[] {
  if (value === undefined || value === null) return [];
  switch (s.type) {
    case "choice": return (Array.isArray(value) ? value : [value]).map((o) => coreOptionId(core.mapping, s.id, String(o)));
    case "dyad": return typeof value === "number" ? [`bin${Math.min(SLIDER_BINS - 1, Math.floor(value * SLIDER_BINS))}`] : [];
    case "scale": {
      if (typeof value !== "number") return [];
      const bins = scaleBins(s);
      return [`bin${Math.min(bins - 1, Math.floor(((value - s.min) / (s.max - s.min + 1)) * bins))}`];
    }
    case "triad": {
      if (!Array.isArray(value) || value.length !== 3) return [];
      return [`grid${triadGridIndex(triadGridPoint(value as [number, number, number]))}`];
    }
    default: return [];
  }
}

/** The role questions of the core (the first choice question of each role), when all three exist. */
function roleQuestions(core: CoreVersion): Choice[] | undefined {
  const found = ROLES.map((role) => core.definition.signifiers.find((s): s is Choice => s.type === "choice" && s.role === role));
  return found.every(Boolean) ? (found as Choice[]) : undefined;
}

function product(lists: string[][]): string[] {
  return lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => (a ? `${a}|${b}` : b))), [""]);
}

/** The empty histograms of a core version: which cells a release holds, and how much one story can add. */
export function sectorHistograms(core: CoreVersion): SectorHistogram[] {
  const histograms: SectorHistogram[] = [];
  for (const s of core.definition.signifiers.filter(sharableCoreQuestion)) {
    const cells = cellsOf(s, core);
    if (!cells) continue;
    histograms.push({ key: coreQuestionId(core.mapping, s.id), cells, counts: cells.map(() => 0), maxPerStory: s.type === "choice" && s.multiple ? cells.length : 1 });
  }
  const roles = roleQuestions(core);
  if (roles) {
    const cells = product(roles.map((s) => cellsOf(s, core)!));
    const maxPerStory = roles.reduce((n, s) => n * (s.multiple ? s.options.length : 1), 1);
    if (cells.length <= MAX_CROSS_CELLS) histograms.push({ key: "situation×intervention×outcome", cells, counts: cells.map(() => 0), maxPerStory });
  }
  return histograms;
}

export interface CountedStory {
  answers: Answers;
  /** The core version the story's framework adopted (it may be older than the release's). */
  core: CoreVersion;
}

/**
 * Counts the stories into the histograms of `release` (the newest adopted core version). An answer
 * in a cell the release does not know (a local option, a question the newer core dropped) is not
 * counted: the release stays within its stated sensitivity.
 */
export function countStories(release: CoreVersion, stories: readonly CountedStory[]): SectorHistogram[] {
  const histograms = sectorHistograms(release);
  const byKey = new Map(histograms.map((h) => [h.key, { h, index: new Map(h.cells.map((c, i) => [c, i])), counts: [...h.counts] }]));
  const add = (key: string, cells: string[]) => {
    const target = byKey.get(key);
    if (!target) return;
    for (const cell of new Set(cells)) {
      const i = target.index.get(cell);
      if (i !== undefined) target.counts[i]!++;
    }
  };
  for (const { answers, core } of stories) {
    const perQuestion = new Map<string, string[]>();
    for (const s of core.definition.signifiers.filter(sharableCoreQuestion)) {
      const cells = answerCells(s, answers[s.id], core);
      perQuestion.set(s.id, cells);
      add(coreQuestionId(core.mapping, s.id), cells);
    }
    const roles = roleQuestions(core);
    if (roles) add("situation×intervention×outcome", product(roles.map((s) => perQuestion.get(s.id) ?? [])));
  }
  return histograms.map((h) => ({ ...h, counts: byKey.get(h.key)!.counts }));
}

/** A story's core answers under the sector's lasting ids (no free text: see sharableCoreQuestion). */
export function coreAnswers(answers: Answers, core: CoreVersion): Record<string, string | string[] | number | number[]> {
  const shared: Record<string, string | string[] | number | number[]> = {};
  for (const s of core.definition.signifiers.filter(sharableCoreQuestion)) {
    const value = answers[s.id];
    if (value === undefined || value === null) continue;
    const id = coreQuestionId(core.mapping, s.id);
    if (s.type === "choice") {
      // Local options stay local: only the core's own options are shared.
      const known = new Set(s.options.map((o) => o.id));
      const chosen = (Array.isArray(value) ? value : [value]).map(String).filter((o) => known.has(o)).map((o) => coreOptionId(core.mapping, s.id, o));
      if (s.multiple) shared[id] = chosen;
      else if (chosen[0]) shared[id] = chosen[0];
    } else if (s.type === "dyad" || s.type === "scale" || s.type === "triad") {
      shared[id] = value as number | number[];
    }
  }
  return shared;
}
