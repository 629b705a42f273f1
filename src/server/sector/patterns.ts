// The sector view's patterns: per core question the combined figures of a period with their ± and
// share intervals (core/sector/intervals.ts), the caller's organization's own releases beside them,
// what works, trends per month and two periods compared. Counts below the viewer's small-group
// threshold are not shown; they still count in the question's total, which is itself a noisy sum
// (hiding them protects the small group; the noise already protects every single story).
import type { CombinedCell } from "../../core/sector/combine.ts";
import { shareDifference, sharesOf, type ShareInterval, whatWorksCells } from "../../core/sector/intervals.ts";
import { type CoreQuestion, coreQuestions } from "../../core/sector/questions.ts";
import type { SectorComparison, SectorFigure, SectorPatterns, SectorTrend, SectorWhatWorksRow } from "../../contract/sectors.ts";
import type { Db } from "../../db/client.ts";
import { badRequest, notFound, Problem } from "../problem.ts";
import { smallCellKOf } from "../stories/organization-keys.ts";
import { coreVersionOf } from "./hub.ts";
import { type HubSector, type Release, sectorReleases } from "./releases.ts";
import { namesShown } from "./view.ts";

export const CUBE = "situation×intervention×outcome";
interface Viewer extends HubSector { name: string; coordinating: boolean }
export interface Period { from?: string; to?: string }
/**
 * Who reads the view: a person of an organization on this instance, or (through the hub protocol)
 * a contributing instance elsewhere, whose own releases are its contributor's and whose small-group
 * threshold may be higher than the hub's.
 */
export interface SectorReader { organizationId: string; contributorId?: string; smallGroup?: number }

export const smallGroupOf = async (db: Db, reader: SectorReader) => Math.max(await smallCellKOf(db, reader.organizationId), reader.smallGroup ?? 0);
const ownedBy = (reader: SectorReader) => (r: Release) =>
  reader.contributorId ? r.contributorId === reader.contributorId : r.localOrganizationId === reader.organizationId;

/** 400 for a period that ends before it starts (`name`: the field of its start). */
export function assertPeriod(from?: string, to?: string, name = "from") {
  if (from && to && from > to) throw badRequest([{ name, reason: "must not come after the end of its period" }]);
}

export const within = (month: string, { from, to }: Period) => (!from || month >= from) && (!to || month <= to);
/** The name of a period's combined figures in the snapshot (releases.ts), the same for every view that asks. */
export const periodName = ({ from, to }: Period, organizationId?: string) => JSON.stringify([organizationId ?? "sector", from ?? null, to ?? null]);
const plusMinusOf = (variance: number) => Math.ceil(1.96 * Math.sqrt(variance));

interface Shown { count: number | null; share?: ShareInterval }

function shownCells(q: CoreQuestion, cells: CombinedCell[] | undefined, k: number): (Shown & { cell: string; source?: CombinedCell })[] {
  const byCell = new Map(cells?.map((c) => [c.cell, c]));
  const ordered = q.cells.map((cell) => byCell.get(cell));
  const shares = sharesOf(ordered.map((c) => ({ count: c && c.releases > 0 ? c.count : 0, variance: c?.variance ?? 0 })));
  return q.cells.map((cell, i) => {
    const c = ordered[i];
    const shown = c !== undefined && c.releases > 0 && c.count >= k;
    return { cell, source: c, count: shown ? c.count : null, share: shown ? shares[i] : undefined };
  });
}

function figuresOf(q: CoreQuestion, cells: CombinedCell[] | undefined, k: number): SectorFigure[] {
  return shownCells(q, cells, k).map(({ cell, source, count, share }) => ({
    cell, label: q.cellLabels.get(cell) ?? cell, count, plusMinus: source?.plusMinus ?? 0,
    share: share?.share ?? null, lower: share?.lower ?? null, upper: share?.upper ?? null, hiddenReleases: source?.hidden ?? 0,
  }));
}

function whatWorksOf(questions: CoreQuestion[], cube: CombinedCell[] | undefined, k: number): SectorPatterns["whatWorks"] {
  const [situation, intervention, outcome] = ["situation", "intervention", "outcome"].map((role) => questions.find((q) => q.role === role));
  if (!situation || !intervention || !outcome || !cube) return null;
  const label = (q: CoreQuestion, cell: string) => q.cellLabels.get(cell) ?? cell;
  const rows = whatWorksCells(cube).filter((r) => r.n.count >= k).map((r): SectorWhatWorksRow => ({
    situation: label(situation, r.situation), intervention: label(intervention, r.intervention), n: r.n.count, plusMinus: plusMinusOf(r.n.variance),
    outcomes: r.outcomes.map((o) => {
      const shown = o.count.count >= k;
      return {
        outcome: label(outcome, o.outcome), share: shown ? (o.share?.share ?? null) : null, lower: shown ? (o.share?.lower ?? null) : null, upper: shown ? (o.share?.upper ?? null) : null,
        restShare: o.rest?.share ?? null, difference: shown ? (o.difference?.difference ?? null) : null,
        differenceLower: shown ? (o.difference?.lower ?? null) : null, differenceUpper: shown ? (o.difference?.upper ?? null) : null,
      };
    }),
  }));
  rows.sort((a, b) => a.situation.localeCompare(b.situation) || (b.n ?? 0) - (a.n ?? 0));
  return { situation: situation.question, intervention: intervention.question, outcome: outcome.question, rows };
}

async function organizationsOf(db: Db, sector: Viewer, releases: Release[]) {
  const names = await namesShown(db, sector);
  const contributors = new Map(releases.map((r) => [r.contributorId, r]));
  const named = [...contributors].map(([id, r]) => (sector.coordinating ? r.organization : names.get(id))).filter((n): n is string => Boolean(n));
  return { count: contributors.size, named: named.sort((a, b) => a.localeCompare(b, "nl")) };
}

export async function questionsOf(db: Db, sectorId: string) {
  try {
    const core = await coreVersionOf(db, sectorId);
    return { core, questions: coreQuestions(core) };
  } catch (error) {
    if (error instanceof Problem && error.status === 404) return undefined; // no core published yet: nothing to show
    throw error;
  }
}

export async function sectorPatterns(db: Db, caller: SectorReader, sector: Viewer, period: Period): Promise<SectorPatterns> {
  const data = await sectorReleases(db, sector);
  const all = data.all;
  const releases = all.filter((r) => within(r.month, period));
  const k = await smallGroupOf(db, caller);
  const found = await questionsOf(db, sector.id);
  const combined = data.combined(periodName(period), (r) => within(r.month, period));
  const isOwn = ownedBy(caller);
  const mine = releases.some(isOwn) ? data.combined(periodName(period, caller.contributorId ?? caller.organizationId), (r) => isOwn(r) && within(r.month, period)) : undefined;
  const questions = found?.questions ?? [];
  return {
    sector: { id: sector.id, name: sector.name }, coreVersion: found?.core.version ?? 0, period: { from: period.from ?? null, to: period.to ?? null },
    months: [...new Set(all.map((r) => r.month))], releases: releases.length, smallGroup: k,
    organizations: await organizationsOf(db, sector, releases),
    questions: questions.map((q) => ({
      id: q.id, question: q.question, type: q.type, labels: q.labels,
      figures: figuresOf(q, combined.get(q.id), k), mine: mine ? figuresOf(q, mine.get(q.id), k) : null,
    })),
    whatWorks: whatWorksOf(questions, combined.get(CUBE), k),
  };
}

async function questionFor(db: Db, sectorId: string, id: string) {
  const question = (await questionsOf(db, sectorId))?.questions.find((q) => q.id === id);
  if (!question) throw notFound();
  return question;
}

/** One question month by month: each month's combined figures. */
export async function sectorTrend(db: Db, caller: SectorReader, sector: HubSector, questionId: string): Promise<SectorTrend> {
  const question = await questionFor(db, sector.id, questionId);
  const data = await sectorReleases(db, sector);
  const k = await smallGroupOf(db, caller);
  const months = [...new Set(data.all.map((r) => r.month))];
  const ofMonth = (month: string) => data.combined(periodName({ from: month, to: month }), (r) => r.month === month);
  return {
    question: { id: question.id, question: question.question, type: question.type },
    months: months.map((month) => ({ month, figures: figuresOf(question, ofMonth(month).get(question.id), k) })),
  };
}

/** Every core question's shares in period A and period B, and B − A with its interval. */
export async function sectorComparison(db: Db, caller: SectorReader, sector: HubSector, a: Required<Period>, b: Required<Period>): Promise<SectorComparison> {
  const data = await sectorReleases(db, sector);
  const k = await smallGroupOf(db, caller);
  const [inA, inB] = [a, b].map((p) => data.combined(periodName(p), (r) => within(r.month, p)));
  const questions = (await questionsOf(db, sector.id))?.questions ?? [];
  return {
    a, b,
    questions: questions.map((q) => {
      const [cellsA, cellsB] = [shownCells(q, inA!.get(q.id), k), shownCells(q, inB!.get(q.id), k)];
      return {
        id: q.id, question: q.question,
        cells: q.cells.map((cell, i) => {
          const [sa, sb] = [cellsA[i]!.share, cellsB[i]!.share];
          const d = sa && sb ? shareDifference(sa, sb) : undefined;
          return { cell, label: q.cellLabels.get(cell) ?? cell, a: sa?.share ?? null, b: sb?.share ?? null, difference: d?.difference ?? null, lower: d?.lower ?? null, upper: d?.upper ?? null };
        }),
      };
    }),
  };
}
