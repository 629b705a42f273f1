// Readings of one story side by side: the teller's own answer and each colleague's, per question.
// Pure, so the page and the intervisie screen draw the same thing and tests can check it.
import type { Interpretation } from "../../contract/interpretations.ts";
import type { Signifier } from "../../core/framework.ts";
import type { TriadMark } from "../signifiers/TriadPlot.tsx";
import type { Weights } from "../../core/triad.ts";

export interface Reader {
  teller: string;
  me: string;
  /** A colleague's name, or a numbered stand-in when names are hidden (tellers see no names). */
  colleague: (name: string | null, index: number) => string;
}

const isWeights = (v: unknown): v is Weights => Array.isArray(v) && v.length === 3 && v.every((w) => typeof w === "number");

/** Marks for one triad: the teller's answer first, then every reading that answered it. */
export function triadMarks(signifierId: string, tellerAnswers: Record<string, unknown>, readings: Interpretation[], reader: Reader): TriadMark[] {
  const marks: TriadMark[] = [];
  const own = tellerAnswers[signifierId];
  if (isWeights(own)) marks.push({ weights: own, kind: "teller", label: reader.teller });
  readings.forEach((r, index) => {
    const value = r.answers[signifierId];
    if (isWeights(value)) marks.push({ weights: value, kind: r.mine ? "mine" : "colleague", label: r.mine ? reader.me : reader.colleague(r.interpreterName, index) });
  });
  return marks;
}

/** The questions worth comparing: those the teller or at least one colleague answered. */
export function comparedSignifiers(signifiers: Signifier[], tellerAnswers: Record<string, unknown>, readings: Interpretation[]): Signifier[] {
  const answered = (id: string) => tellerAnswers[id] != null || readings.some((r) => r.answers[id] != null);
  return signifiers.filter((s) => (s.type === "triad" || s.type === "dyad" || s.type === "choice" || s.type === "scale") && answered(s.id));
}

/** A choice, dyad or scale answer in words, for the comparison table. */
export function answerText(signifier: Signifier, value: unknown): string | null {
  if (value == null) return null;
  if (signifier.type === "choice") {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => signifier.options.find((o) => o.id === id)?.label ?? String(id)).join(", ");
  }
  if (signifier.type === "dyad" && typeof value === "number") return `${Math.round((1 - value) * 100)}% ${signifier.labels[0]} – ${Math.round(value * 100)}% ${signifier.labels[1]}`;
  if (signifier.type === "scale") return String(value);
  return null;
}
