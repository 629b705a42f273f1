// A teller's answer in words, per question type, so it can be read (and read aloud) without the
// widget: a triad as three percentages, a dyad as a position between its two ends, and so on.
import type { Signifier } from "../../core/framework.ts";
import type { storyMessages } from "./messages.ts";

type T = (key: keyof typeof storyMessages, params?: Record<string, string | number>) => string;

const percent = (share: number) => Math.round(share * 100);

/** One line per part of the answer; a triad gives three lines, a choice one. */
export function describeAnswer(s: Signifier, answer: unknown, t: T): string[] {
  if (answer === null) return [t("notApplicable")];
  if (answer === undefined) return [t("notAnswered")];
  switch (s.type) {
    case "triad":
      return Array.isArray(answer) ? s.labels.map((label, i) => t("percentOf", { label, percent: percent(Number(answer[i] ?? 0)) })) : [String(answer)];
    case "dyad":
      return [t("dyadPosition", { percent: percent(Number(answer)), right: s.labels[1] })];
    case "stones": {
      const placed = answer as Record<string, [number, number]>;
      return s.items.filter((item) => placed[item.id]).map((item) => t("stonePosition", {
        label: item.label, x: percent(placed[item.id]![0]), y: percent(placed[item.id]![1]), xRight: s.xLabels[1], yTop: s.yLabels[1],
      }));
    }
    case "choice": {
      const ids = Array.isArray(answer) ? answer : [answer];
      return ids.map((id) => s.options.find((o) => o.id === id)?.label ?? String(id));
    }
    case "scale": {
      const word = s.labels?.[Number(answer) - s.min];
      const value = t("scaleValue", { value: String(answer), min: s.min, max: s.max });
      return [word ? `${value}: ${word}` : value];
    }
    case "text":
      return [String(answer)];
  }
}

/** The share (0–1) to draw as a bar for each line of a triad answer. */
export function sharesOf(s: Signifier, answer: unknown): number[] | undefined {
  return s.type === "triad" && Array.isArray(answer) ? answer.map(Number) : undefined;
}
