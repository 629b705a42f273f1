// Trends: stories and answers per calendar week or month. Buckets are in UTC (weeks start on
// Monday, as ISO 8601 weeks), the same in the column index and the SQL reference (date_trunc), and
// every bucket from the first story's to the last story's is listed, empty ones included, so a chart
// shows gaps as gaps.

export type TrendInterval = "week" | "month";

const DAY = 86_400_000;
/** 1970-01-05 was a Monday. */
const FIRST_MONDAY = 4 * DAY;
const WEEK = 7 * DAY;

/** Start (ms, UTC) of the week or month holding `ms`. */
export function bucketStart(ms: number, interval: TrendInterval): number {
  if (interval === "week") return ms - ((((ms - FIRST_MONDAY) % WEEK) + WEEK) % WEEK);
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: number, interval: TrendInterval): number {
  if (interval === "week") return start + WEEK;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Every bucket start from the one holding `first` to the one holding `last`. */
export function bucketStarts(first: number, last: number, interval: TrendInterval): number[] {
  const starts: number[] = [];
  for (let s = bucketStart(first, interval); s <= last; s = nextBucket(s, interval)) starts.push(s);
  return starts;
}

/** What a bucket holds for the signifier asked about (none: only the story count). */
export interface TrendBucket {
  /** RFC 3339, UTC. */
  start: string;
  /** Stories told in the bucket. */
  n: number;
  /** Stories that answered the signifier. */
  answered?: number;
  /** Dyad or scale: the mean answer. Triad: the mean share of each corner. Null without answers. */
  mean?: number | number[] | null;
  /** Choice: stories per option. */
  options?: { id: string; count: number }[];
}

export interface Trend {
  interval: TrendInterval;
  signifierId: string | null;
  type: "choice" | "dyad" | "scale" | "triad" | "stones" | null;
  buckets: TrendBucket[];
}
