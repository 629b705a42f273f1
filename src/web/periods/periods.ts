// What the page "Perioden vergelijken" asks and shows, as plain functions: the query of a chosen
// comparison, how a period reads, a question's shift in a few words, and the points of a trend
// (its chart and its table are drawn from the same points, so they always say the same).
import type { Signifier } from "../../core/framework.ts";
import { dayBoundary, formatDate, localeOf, numberFormatter } from "../toolkit/format.ts";
import type { Lang } from "../toolkit/i18n.tsx";
import { queryString } from "../toolkit/useResource.ts";
import { formatPercent, formatPoints, formatQ, optionLabel } from "../patterns/labels.ts";
import type { ListeningRound } from "../../contract/collections.ts";
import type { Count } from "../../contract/patterns.ts";
import type { periodMessages } from "./messages.ts";
import type { PeriodBounds, Shift, Trend, TrendInterval } from "../../contract/patterns.ts";

/** What these functions read of a listening round. */
export type NamedRound = Pick<ListeningRound, "id" | "name" | "startsAt" | "endsAt">;

export type CompareMode = "rounds" | "periods" | "measure";

/** What a person chose in the form. Days are yyyy-mm-dd; a "to" day counts in full. */
export interface CompareChoice {
  mode: CompareMode;
  roundA: string;
  roundB: string;
  fromA: string;
  toA: string;
  fromB: string;
  toB: string;
  measureAt: string;
}

/** The two latest rounds when there are two: the comparison most people come for. */
export function initialChoice(rounds: NamedRound[]): CompareChoice {
  const [a, b] = rounds.slice(-2);
  const both = a && b;
  return { mode: both ? "rounds" : "periods", roundA: both ? a.id : "", roundB: both ? b.id : "", fromA: "", toA: "", fromB: "", toB: "", measureAt: "" };
}

/** The API's interval `from/to` with `to` exclusive, so the last day chosen counts in full. */
export function dayInterval(from: string, to: string): string {
  const end = to ? new Date(Date.parse(dayBoundary(to, "end")) + 1).toISOString() : "";
  return `${from ? dayBoundary(from, "start") : ""}/${end}`;
}

export function comparisonQuery(c: CompareChoice): string {
  if (c.mode === "measure") return queryString({ measureAt: dayBoundary(c.measureAt, "start") });
  if (c.mode === "rounds") return queryString({ a: c.roundA, b: c.roundB });
  return queryString({ a: dayInterval(c.fromA, c.toA), b: dayInterval(c.fromB, c.toB) });
}

export type Say = (key: keyof typeof periodMessages & string, params?: Record<string, string | number>) => string;

/** A period as the server resolved it, in words: a round by its name, else its days. */
export function describePeriod(p: PeriodBounds, rounds: NamedRound[], lang: Lang, say: Say): string {
  const day = (iso: string) => formatDate(iso, lang);
  // `to` is exclusive: the last day in the period is the one before it.
  const lastDay = (iso: string) => formatDate(new Date(Date.parse(iso) - 1).toISOString(), lang);
  const round = rounds.find((r) => r.id === p.roundId);
  if (round && p.from && p.to) return say("periodRound", { name: round.name, from: day(p.from), to: lastDay(p.to) });
  if (p.from && p.to) return say("periodRange", { from: day(p.from), to: lastDay(p.to) });
  if (p.to) return say("periodBefore", { date: day(p.to) });
  if (p.from) return say("periodFrom", { date: day(p.from) });
  return say("periodAll");
}

const decimals = (value: number, lang: Lang, digits: number) => numberFormatter(lang, { digits })(value);

/** A mean answer: a share of the slider or triangle as a percentage, a scale with one decimal. */
export function formatMean(value: number, type: Signifier["type"] | null, lang: Lang): string {
  return type === "scale" ? decimals(value, lang, 1) : formatPercent(value, lang);
}

/** A value the API left out: hidden (its group is small) when its count is hidden, else none. */
export const orNone = (text: string | undefined, count: Count | undefined, hidden: string) => text ?? (count === null ? hidden : "–");

/** The letter of a test statistic, as the API documents it. */
const STATISTIC: Record<string, string> = { chiSquare: "X²", fisher: "X²", monteCarloChiSquare: "X²", mannWhitney: "U", hotellingIlr: "F", hotellingPerItem: "F" };

/** "U = 1.600", or nothing when the test has no statistic to show. */
export function statisticText(s: Pick<Shift, "method" | "statistic">, lang: Lang): string {
  const symbol = STATISTIC[s.method];
  return symbol && s.statistic !== null ? `${symbol} = ${decimals(s.statistic, lang, 2)}` : "";
}

const largest = <T>(items: T[], size: (item: T) => number) =>
  items.reduce<T | undefined>((best, item) => (best === undefined || Math.abs(size(item)) > Math.abs(size(best)) ? item : best), undefined);

/** The largest shift of a question in a few words: "Werk: 5% → 50%", or "35% → 70%" for a mean. */
export function shiftSummary(s: Shift, signifier: Signifier | undefined, lang: Lang, hidden: string): string {
  if (s.type === "choice") {
    const known = s.options.filter((o) => o.shareA !== null && o.shareB !== null);
    const top = largest(known, (o) => o.shareB! - o.shareA!);
    if (!top) return orNone(undefined, s.nA === null || s.nB === null ? null : 0, hidden);
    const label = signifier ? optionLabel([signifier], s.signifierId, top.id) : top.id;
    return `${label}: ${formatPercent(top.shareA, lang)} → ${formatPercent(top.shareB, lang)}`;
  }
  if (s.type === "triad") {
    const corners = s.meanA && s.meanB ? [0, 1, 2] : [];
    const k = largest(corners, (c) => s.meanB![c]! - s.meanA![c]!);
    if (k === undefined) return orNone(undefined, s.nA === null || s.nB === null ? null : 0, hidden);
    const corner = signifier?.type === "triad" ? signifier.labels[k] : String(k + 1);
    return `${corner}: ${formatPercent(s.meanA![k]!, lang)} → ${formatPercent(s.meanB![k]!, lang)}`;
  }
  if (s.type === "stones") {
    const top = largest(s.items.filter((i) => i.shift && i.meanA && i.meanB), (i) => i.shift!.length);
    if (!top) return orNone(undefined, s.nA === null || s.nB === null ? null : 0, hidden);
    const label = signifier ? optionLabel([signifier], s.signifierId, top.id) : top.id;
    return `${label}: ${formatPosition(top.meanA!, lang)} → ${formatPosition(top.meanB!, lang)}`;
  }
  const mean = (value: number | null, n: Count) => orNone(value === null ? undefined : formatMean(value, s.type, lang), n, hidden);
  return `${mean(s.meanA, s.nA)} → ${mean(s.meanB, s.nB)}`;
}

/** A stones item's mean point, x then y, each as a share of the board: "(40%, 90%)". */
export const formatPosition = ([x, y]: number[], lang: Lang) => `(${formatPercent(x!, lang)}, ${formatPercent(y!, lang)})`;

/** A row of a shift's table: what it is about, then one text per column. */
export interface TableRow {
  key: string;
  label: string;
  cells: string[];
}

type StonesShift = Extract<Shift, { type: "stones" }>;

/**
 * Per stones item: the mean point in A and in B in words, the move in percentage points, and its
 * own test (F and p). A mean of a period with 1 … k − 1 stories comes hidden, and so do the move
 * and the test with it.
 */
export function stonesRows(s: StonesShift, signifier: Signifier, lang: Lang, say: Say, hidden: string): TableRow[] {
  const place = (point: number[] | null, n: Count) =>
    orNone(point ? say("position", { x: formatPercent(point[0]!, lang), y: formatPercent(point[1]!, lang) }) : undefined, n, hidden);
  return s.items.map((item) => {
    const hiddenPeriod = item.nA === null || item.nB === null ? null : 0;
    const move = item.shift ? say("position", { x: formatPoints(item.shift.dx, lang), y: formatPoints(item.shift.dy, lang) }) : undefined;
    const test = statisticText({ method: s.method, statistic: item.statistic }, lang) || undefined;
    return {
      key: item.id, label: optionLabel([signifier], signifier.id, item.id),
      cells: [place(item.meanA, item.nA), place(item.meanB, item.nB), orNone(move, hiddenPeriod, hidden), orNone(test, hiddenPeriod, hidden),
        item.pValue === null ? orNone(undefined, hiddenPeriod, hidden) : formatQ(item.pValue, lang)],
    };
  });
}

/** A trend's bucket as a date: "januari 2025" or "7 april 2025" (long), "jan 2025" or "7 apr" (short). */
export function bucketDate(start: string, interval: TrendInterval, lang: Lang, style: "long" | "short"): string {
  const options: Intl.DateTimeFormatOptions = interval === "month"
    ? { month: style, year: "numeric" }
    : { day: "numeric", month: style, ...(style === "long" ? { year: "numeric" } : {}) };
  // Buckets start at midnight UTC; in local time that may be the day before.
  return new Date(start).toLocaleDateString(localeOf(lang), { ...options, timeZone: "UTC" });
}

/** One value of a trend's series in one bucket: a count (stacked bars, or bars of stories) or a mean. */
export interface TrendPoint {
  bucket: string;
  series: string;
  value: number | null;
  /** Left out because it is about 1 … k − 1 stories. */
  hidden: boolean;
}

export interface TrendView {
  kind: "count" | "stack" | "mean";
  series: string[];
  points: TrendPoint[];
}

/** The points a trend chart and its table show: option counts, means (per corner for a triad) or stories. */
export function trendView(trend: Trend, s: Signifier | undefined, storiesLabel: string): TrendView {
  const { buckets } = trend;
  if (s?.type === "choice" && trend.type === "choice") {
    const points = buckets.flatMap((b) => (b.options ?? []).map((o) => ({
      bucket: b.start, series: optionLabel([s], s.id, o.id), value: o.count, hidden: o.count === null,
    })));
    return { kind: "stack", series: s.options.map((o) => o.label), points };
  }
  if ((s?.type === "dyad" || s?.type === "scale") && trend.type === s.type) {
    const points = buckets.map((b) => ({ bucket: b.start, series: s.question, value: typeof b.mean === "number" ? b.mean : null, hidden: b.answered === null }));
    return { kind: "mean", series: [s.question], points };
  }
  if (s?.type === "triad" && trend.type === "triad") {
    const points = buckets.flatMap((b) => s.labels.map((label, k) => ({
      bucket: b.start, series: label, value: Array.isArray(b.mean) ? b.mean[k]! : null, hidden: b.answered === null,
    })));
    return { kind: "mean", series: [...s.labels], points };
  }
  return { kind: "count", series: [storiesLabel], points: buckets.map((b) => ({ bucket: b.start, series: storiesLabel, value: b.n, hidden: b.n === null })) };
}
