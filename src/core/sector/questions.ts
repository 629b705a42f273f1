// The core questions as the sector view shows them: under their lasting core ids, with a label for
// every cell a release holds (aggregates.ts): an option's label, a bin's range, a triad grid point's
// shares. Labels come from the newest core version; cells of older versions map onto the same ids.
import type { Signifier } from "../framework.ts";
import { SLIDER_BINS } from "./aggregates.ts";
import { type CoreVersion, coreOptionId, coreQuestionId, sharableCoreQuestion } from "./core-framework.ts";
import { DEFAULT_TRIAD_DIVISIONS, triadGridShares } from "./triad-grid.ts";

export interface CoreQuestion {
  id: string;
  question: string;
  type: "choice" | "dyad" | "scale" | "triad";
  /** A slider's two ends, a triad's three corners. */
  labels: string[];
  /** Cell → label; a cell without one is shown by its id. */
  cellLabels: Map<string, string>;
  /** The cells in the order the question lists them. */
  cells: string[];
  /** For the roles of what works. */
  role?: string;
}

const percent = (x: number) => Math.round(x * 100);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function cellsOf(s: Signifier, core: CoreVersion): [string, string][] {
  switch (s.type) {
    case "choice": return s.options.map((o) => [coreOptionId(core.mapping, s.id, o.id), o.label]);
    case "dyad": return range(SLIDER_BINS).map((b) => [`bin${b}`, `${percent(b / SLIDER_BINS)}–${percent((b + 1) / SLIDER_BINS)}%`]);
    case "scale": {
      const values = s.max - s.min + 1;
      const bins = Math.min(SLIDER_BINS, values);
      return range(bins).map((b) => {
        const low = s.min + Math.ceil((b * values) / bins);
        const high = s.min + Math.ceil(((b + 1) * values) / bins) - 1;
        return [`bin${b}`, low === high ? String(low) : `${low}–${high}`];
      });
    }
    case "triad": {
      const points = ((DEFAULT_TRIAD_DIVISIONS + 1) * (DEFAULT_TRIAD_DIVISIONS + 2)) / 2;
      return range(points).map((p) => [`grid${p}`, triadGridShares(p).map((share, k) => `${s.labels[k]} ${percent(share)}%`).join(", ")]);
    }
    default: return [];
  }
}

const endsOf = (s: Signifier): string[] => (s.type === "dyad" || s.type === "triad" ? [...s.labels] : []);

export function coreQuestions(core: CoreVersion): CoreQuestion[] {
  return core.definition.signifiers.filter(sharableCoreQuestion).flatMap((s): CoreQuestion[] => {
    if (s.type !== "choice" && s.type !== "dyad" && s.type !== "scale" && s.type !== "triad") return [];
    const cells = cellsOf(s, core);
    return [{
      id: coreQuestionId(core.mapping, s.id), question: s.question, type: s.type, labels: endsOf(s),
      cellLabels: new Map(cells), cells: cells.map(([cell]) => cell), role: s.type === "choice" ? s.role : undefined,
    }];
  });
}

/** The core's questions with their lasting ids (and options'), as shared stories' answers carry them. */
export function coreSignifiers(core: CoreVersion): Signifier[] {
  return core.definition.signifiers.filter(sharableCoreQuestion).map((s) => {
    const id = coreQuestionId(core.mapping, s.id);
    return s.type === "choice" ? { ...s, id, options: s.options.map((o) => ({ ...o, id: coreOptionId(core.mapping, s.id, o.id) })) } : { ...s, id };
  });
}
