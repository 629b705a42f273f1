// A small drawing of a story's answers for the printed booklet: each triad as a triangle with a dot,
// each slider (dyad or scale) as a line between its poles with a dot, each choice as its chosen labels.
// Only shapes in a box of its own (x to the right, y downwards, in points), so any renderer can draw
// them. Triads use the one triangle of core/triad.ts, as every other renderer does: the first answer
// at the top, the second bottom left, the third bottom right.
import type { Signifier } from "../framework.ts";
import { cornersInBox, pointInBox, TRIANGLE_HEIGHT, type Weights } from "../triad.ts";

export type Shape =
  | { kind: "polygon"; points: [number, number][] }
  | { kind: "line"; from: [number, number]; to: [number, number] }
  | { kind: "dot"; at: [number, number]; radius: number }
  | { kind: "text"; at: [number, number]; text: string; size: number; bold?: boolean; align: "left" | "centre" | "right" };

export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Width of a text at a size, in points, as the renderer's font measures it. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

const QUESTION = 7.5;
const LABEL = 7;
const LINE = 9;

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** The text cut with an ellipsis to fit the width. */
export function fit(text: string, width: number, size: number, measure: Measure, bold = false): string {
  if (measure(text, size, bold) <= width) return text;
  let cut = text.length;
  while (cut > 1 && measure(`${text.slice(0, cut)}…`, size, bold) > width) cut--;
  return `${text.slice(0, cut)}…`;
}

/** The text in at most two lines that fit the width, the second cut with an ellipsis when needed. */
export function twoLines(text: string, width: number, size: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  let first = "";
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = first ? `${first} ${words[i]}` : words[i]!;
    if (first && measure(candidate, size) > width) break;
    first = candidate;
  }
  const rest = words.slice(i).join(" ");
  return rest ? [fit(first, width, size, measure), fit(rest, width, size, measure)] : [fit(first, width, size, measure)];
}

/** A label of up to two lines, its first baseline at y. */
function label(text: string, x: number, y: number, width: number, align: "left" | "centre" | "right", measure: Measure): Shape[] {
  return twoLines(text, width, LABEL, measure).map((line, i) => ({ kind: "text", at: [x, y + i * (LABEL + 1.5)], text: line, size: LABEL, align }));
}

const question = (s: Signifier, width: number, measure: Measure): Shape =>
  ({ kind: "text", at: [0, QUESTION], text: fit(s.question, width, QUESTION, measure, true), size: QUESTION, bold: true, align: "left" });

function triad(s: Extract<Signifier, { type: "triad" }>, shares: number[], width: number, measure: Measure): Drawing {
  const side = Math.min(width * 0.55, 64);
  const top = LINE + LABEL + 4;
  const left = (width - side) / 2;
  const box = { x: left, y: top, side };
  const corners = cornersInBox(box).map(({ x, y }): [number, number] => [x, y]);
  const total = shares.reduce((a, b) => a + b, 0) || 1;
  const dot = pointInBox(shares.map((share) => share / total) as Weights, box);
  const at: [number, number] = [dot.x, dot.y];
  const bottom = top + TRIANGLE_HEIGHT * side + LABEL + 3;
  const half = width / 2 - 2;
  return {
    width, height: bottom + LABEL + 4,
    shapes: [
      question(s, width, measure),
      { kind: "polygon", points: corners },
      { kind: "dot", at, radius: 2.6 },
      { kind: "text", at: [width / 2, top - 3], text: fit(s.labels[0], width, LABEL, measure), size: LABEL, align: "centre" },
      ...label(s.labels[1], 0, bottom, half, "left", measure),
      ...label(s.labels[2], width, bottom, half, "right", measure),
    ],
  };
}

function slider(s: Signifier, position: number, poles: [string, string], width: number, measure: Measure): Drawing {
  const y = LINE + 8;
  const at = Math.min(1, Math.max(0, position)) * width;
  const half = width / 2 - 2;
  const lines = Math.max(...poles.map((p) => twoLines(p, half, LABEL, measure).length));
  return {
    width, height: y + lines * (LABEL + 1.5) + 8,
    shapes: [
      question(s, width, measure),
      { kind: "line", from: [0, y], to: [width, y] },
      { kind: "line", from: [0, y - 3], to: [0, y + 3] },
      { kind: "line", from: [width, y - 3], to: [width, y + 3] },
      { kind: "dot", at: [at, y], radius: 2.6 },
      ...label(poles[0], 0, y + LABEL + 4, half, "left", measure),
      ...label(poles[1], width, y + LABEL + 4, half, "right", measure),
    ],
  };
}

function choice(s: Extract<Signifier, { type: "choice" }>, chosen: string[], width: number, measure: Measure): Drawing {
  const text = chosen.map((id) => s.options.find((o) => o.id === id)?.label ?? id).join(", ");
  const lines = twoLines(text, width, LABEL + 1, measure);
  return {
    width, height: LINE + lines.length * (LABEL + 2.5) + 4,
    shapes: [question(s, width, measure), ...lines.map((line, i): Shape => ({ kind: "text", at: [0, LINE + LABEL + 2 + i * (LABEL + 2.5)], text: line, size: LABEL + 1, align: "left" }))],
  };
}

/** One answer drawn in a box of the given width; undefined for an answer not given or not drawn (text, stones). */
export function drawAnswer(s: Signifier, answer: unknown, width: number, measure: Measure): Drawing | undefined {
  switch (s.type) {
    case "triad":
      return Array.isArray(answer) && answer.length === 3 && answer.every(isNumber) ? triad(s, answer, width, measure) : undefined;
    case "dyad":
      return isNumber(answer) ? slider(s, answer, s.labels, width, measure) : undefined;
    case "scale":
      return isNumber(answer)
        ? slider(s, (answer - s.min) / (s.max - s.min), [s.labels?.[0] ?? String(s.min), s.labels?.at(-1) ?? String(s.max)], width, measure)
        : undefined;
    case "choice": {
      const chosen = typeof answer === "string" ? [answer] : Array.isArray(answer) ? answer.filter((a): a is string => typeof a === "string") : [];
      return chosen.length ? choice(s, chosen, width, measure) : undefined;
    }
    default:
      return undefined;
  }
}
