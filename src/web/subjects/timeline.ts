// What the page "Verhalen van één cliënt" shows, as plain functions: whether a path holds a
// pseudonym, and per slider or scale question this client's answers in time order (the chart and
// its table are drawn from the same points, so they always say the same).
import type { Signifier } from "../../core/framework.ts";
import { localeOf } from "../toolkit/format.ts";
import type { Lang } from "../toolkit/i18n.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story } from "../../contract/stories.ts";

/** A keyed pseudonym as the API writes it: 43 characters of base64url. */
const PSEUDONYM = /^[A-Za-z0-9_-]{43}$/;

export const isPseudonym = (value: string) => PSEUDONYM.test(value);

/** The page of one client's stories. */
export const timelinePath = (pseudonym: string) => `/clients/${encodeURIComponent(pseudonym)}`;

/** A question answered with one number: a slider between two ends, or a scale. */
export type MeasuredSignifier = Extract<Signifier, { type: "dyad" | "scale" }>;

export interface AnswerPoint {
  storyId: string;
  toldAt: string;
  value: number;
}

export interface AnswerSeries {
  /** frameworkId/signifierId: the same question id may mean something else in another framework. */
  key: string;
  signifier: MeasuredSignifier;
  /** Oldest first. */
  points: AnswerPoint[];
}

const isMeasured = (s: Signifier): s is MeasuredSignifier => s.type === "dyad" || s.type === "scale";

/**
 * Per slider or scale question, the client's numeric answers, oldest first. Questions come in the
 * order they were first answered; "does not apply" and unanswered questions give no point.
 */
export function answerSeries(stories: Story[], frameworks: Framework[]): AnswerSeries[] {
  const series = new Map<string, AnswerSeries>();
  const byTime = [...stories].sort((a, b) => Date.parse(a.toldAt) - Date.parse(b.toldAt));
  for (const story of byTime) {
    const framework = frameworks.find((f) => f.id === story.frameworkId);
    for (const signifier of framework?.signifiers.filter(isMeasured) ?? []) {
      const value = story.answers[signifier.id];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const key = `${story.frameworkId}/${signifier.id}`;
      const entry = series.get(key) ?? { key, signifier, points: [] };
      entry.points.push({ storyId: story.id, toldAt: story.toldAt, value });
      series.set(key, entry);
    }
  }
  return [...series.values()];
}

/** The range a question's answers can take: a slider 0–1, a scale its own min–max. */
export const valueDomain = (s: MeasuredSignifier): [number, number] => (s.type === "scale" ? [s.min, s.max] : [0, 1]);

/** Grid lines of the value axis: one per whole number of a short scale, else one per quarter. */
export const valueSteps = (s: MeasuredSignifier) => (s.type === "scale" && s.max - s.min <= 10 ? s.max - s.min : 4);

/** How the latest answer compares with the first. */
export function direction(points: AnswerPoint[]): "up" | "down" | "same" {
  const first = points[0]?.value ?? 0;
  const latest = points.at(-1)?.value ?? 0;
  return latest > first ? "up" : latest < first ? "down" : "same";
}

/** A date on the chart's time axis: "3 mrt 2025" / "3 Mar 2025" (ticks fall on UTC days). */
export const shortDate = (date: Date, lang: Lang) =>
  date.toLocaleDateString(localeOf(lang), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
