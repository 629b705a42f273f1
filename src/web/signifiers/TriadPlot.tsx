// A triad drawn, not answered: the triangle with its corners named, readings as marks (the teller's
// a filled circle, colleagues' open squares, one's own a diamond) and, when given, the density of
// the collection as shading. Marks differ in shape as well as colour; the text beside it says the
// same in words for screen readers, with the framework's words marked in its language.
import { endsInPunctuation } from "../../core/text/punctuation.ts";
import "./triad.css";
import "./triad-plot.css";
import { Fragment } from "react";
import { ternaryNode } from "../../core/stats/ternaryDensity.ts";
import { FrameworkText, useFrameworkLang } from "./frameworkLang.tsx";
import { CORNERS, percentages, type Point, weightsToPoint, type Weights } from "../../core/triad.ts";

export interface TriadMark {
  weights: Weights;
  kind: "teller" | "colleague" | "mine";
  label: string;
}

export interface TriadShading {
  resolution: number;
  values: number[];
  max: number;
}

const PAD = 0.06;
const MARK = 0.028;

/** Nodes of the density lattice, in the order of core/stats ternaryDensity's values. */
function shadingDots(shading: TriadShading): { at: Point; opacity: number }[] {
  const dots: { at: Point; opacity: number }[] = [];
  const r = shading.resolution;
  let k = 0;
  for (let i = 0; i <= r; i++) {
    for (let j = 0; j <= r - i; j++, k++) {
      const value = shading.values[k] ?? 0;
      if (value > 0 && shading.max > 0) dots.push({ at: weightsToPoint(ternaryNode(i, j, r)), opacity: Math.min(1, value / shading.max) });
    }
  }
  return dots;
}

/** The marks in words: "Verteller: Regels 20%, Contact 50%, Samenwerking 30%". */
function MarksInWords({ title, labels, marks }: { title: string; labels: readonly string[]; marks: TriadMark[] }) {
  // After a question ("Wat hielp?") a space; after a plain title a full stop.
  return marks.map((m, k) => (
    <Fragment key={k}>
      {k > 0 ? "; " : endsInPunctuation(title) ? " " : ". "}{m.label}: {percentages(m.weights).map((p, i) => (
        <Fragment key={i}>{i > 0 && ", "}<FrameworkText>{labels[i]}</FrameworkText> {p}%</Fragment>
      ))}
    </Fragment>
  ));
}

function Mark({ mark }: { mark: TriadMark }) {
  const { x, y } = weightsToPoint(mark.weights);
  if (mark.kind === "teller") return <circle className="vp-triad-plot__teller" cx={x} cy={y} r={MARK} />;
  if (mark.kind === "mine") return <path className="vp-triad-plot__mine" d={`M${x} ${y - MARK * 1.4}L${x + MARK * 1.4} ${y}L${x} ${y + MARK * 1.4}L${x - MARK * 1.4} ${y}Z`} />;
  return <rect className="vp-triad-plot__colleague" x={x - MARK} y={y - MARK} width={MARK * 2} height={MARK * 2} />;
}

export function TriadPlot({ labels, marks, shading, title }: { labels: readonly [string, string, string] | string[]; marks: TriadMark[]; shading?: TriadShading | null; title: string }) {
  const lang = useFrameworkLang();
  const outline = CORNERS.map((c) => `${c.x},${c.y}`).join(" ");
  const spacing = shading ? 0.5 / shading.resolution : 0;
  return (
    <figure className="vp-triad-plot">
      <div className="vp-triad__figure" aria-hidden="true">
        <span className="vp-triad__corner vp-triad__corner--a" lang={lang}>{labels[0]}</span>
        <svg className="vp-triad__area" viewBox={`${-PAD} ${-PAD} ${1 + 2 * PAD} ${CORNERS[1].y + 2 * PAD}`} focusable="false">
          <polygon className="vp-triad__triangle" points={outline} />
          {shading && shadingDots(shading).map((dot, i) => (
            <circle key={i} className="vp-triad-plot__density" cx={dot.at.x} cy={dot.at.y} r={spacing} opacity={dot.opacity * 0.85} />
          ))}
          {marks.map((mark, i) => <Mark key={i} mark={mark} />)}
        </svg>
        <span className="vp-triad__corner vp-triad__corner--b" lang={lang}>{labels[1]}</span>
        <span className="vp-triad__corner vp-triad__corner--c" lang={lang}>{labels[2]}</span>
      </div>
      <figcaption className="vp-visually-hidden"><FrameworkText>{title}</FrameworkText><MarksInWords title={title} labels={labels} marks={marks} /></figcaption>
    </figure>
  );
}
