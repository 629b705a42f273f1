// A triad: a point in a triangle whose position gives three weights. The triangle is one slider-like
// control (pointer: tap or drag; keyboard: arrow keys), and three percentage fields below give the
// same answer in numbers, for screen readers and for anyone who prefers typing. Right to left
// (Arabic) the triangle is mirrored like the page: the second corner sits bottom right, and the
// arrow keys move the point the way they point on screen.
import "@utrecht/form-fieldset-css/dist/index.css";
import "@utrecht/textbox-css/dist/index.css";
import "./triad.css";
import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import { useRightToLeft, useT } from "../toolkit/i18n.tsx";
import { PictogramFor, ReadAloud } from "./formAids.tsx";
import { useFrameworkLang } from "./frameworkLang.tsx";
import { messages } from "./messages.ts";
import { useSharesText } from "./Shares.tsx";
import {
  CORNERS, movePoint, percentages, type Point, pointToWeights, roundWeights, setShare, TRIANGLE_HEIGHT, type Weights,
  weightsToPoint,
} from "../../core/triad.ts";
import type { WidgetProps } from "./widget.ts";

const isWeights = (v: unknown): v is Weights => Array.isArray(v) && v.length === 3 && v.every((w) => typeof w === "number");
const PAD = 0.06;
const viewBox = `${-PAD} ${-PAD} ${1 + 2 * PAD} ${TRIANGLE_HEIGHT + 2 * PAD}`;
const corners = CORNERS.map((c) => `${c.x},${c.y}`).join(" ");
/** x ↦ 1 − x: the triangle's mirror image, which is also its own inverse. */
const MIRROR = "matrix(-1 0 0 1 1 0)";
const mirroredKeys: Record<string, string> = { ArrowLeft: "ArrowRight", ArrowRight: "ArrowLeft" };

export function TriadInput({ signifier, value, onChange, id, labelledBy, describedBy, invalid }: WidgetProps<"triad">) {
  const t = useT(messages);
  const lang = useFrameworkLang();
  const sharesText = useSharesText();
  const mirrored = useRightToLeft();
  const svgRef = useRef<SVGSVGElement>(null);
  const weights = isWeights(value) ? value : undefined;
  const point = weights && weightsToPoint(weights);
  const shares = weights && percentages(weights);
  const labels = signifier.labels;
  const valueText = shares ? sharesText(shares.map((p, i) => ({ label: labels[i]!, value: p }))) : t("notAnswered");
  const setPoint = (p: Point) => onChange(roundWeights(pointToWeights(p)));

  const fromPointer = (e: PointerEvent<SVGSVGElement>) => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    setPoint({ x: mirrored ? 1 - p.x : p.x, y: p.y });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const key = mirrored ? mirroredKeys[e.key] ?? e.key : e.key;
    const next = movePoint(point, key, e.shiftKey ? 0.01 : 0.05);
    if (!next) return;
    e.preventDefault();
    setPoint(next);
  };

  return (
    <div className="vp-triad">
      <div className="vp-triad__figure">
        <span className="vp-triad__corner vp-triad__corner--a" aria-hidden="true" lang={lang}><PictogramFor textKey={`question.${signifier.id}.corner.0`} />{labels[0]}</span>
        <svg
          ref={svgRef} viewBox={viewBox} className="vp-triad__area" tabIndex={0} role="slider"
          aria-labelledby={labelledBy} aria-describedby={describedBy} aria-invalid={invalid || undefined}
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={shares?.[0] ?? 0} aria-valuetext={valueText}
          onKeyDown={onKeyDown}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            fromPointer(e);
          }}
          onPointerMove={(e) => {
            if (e.currentTarget.hasPointerCapture(e.pointerId)) fromPointer(e);
          }}
        >
          <g transform={mirrored ? MIRROR : undefined}>
            <polygon points={corners} className="vp-triad__triangle" />
            {point && (
              <g className="vp-triad__point">
                {CORNERS.map((c, i) => <line key={i} x1={point.x} y1={point.y} x2={c.x} y2={c.y} className="vp-triad__guide" />)}
                <circle cx={point.x} cy={point.y} r={0.045} />
              </g>
            )}
          </g>
        </svg>
        <span className="vp-triad__corner vp-triad__corner--b" aria-hidden="true" lang={lang}><PictogramFor textKey={`question.${signifier.id}.corner.1`} />{labels[1]}</span>
        <span className="vp-triad__corner vp-triad__corner--c" aria-hidden="true" lang={lang}><PictogramFor textKey={`question.${signifier.id}.corner.2`} />{labels[2]}</span>
      </div>
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset vp-triad__numbers">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vp-triad__numbers-legend">
          {t("triadNumbers")}
        </legend>
        {labels.map((label, i) => (
          <PercentField
            key={i} id={`${id}-pct${i}`} label={label} lang={lang} textKey={`question.${signifier.id}.corner.${i}`} value={shares?.[i]} invalid={invalid} describedBy={describedBy}
            onValue={(share) => onChange(roundWeights(setShare(weights ?? [1 / 3, 1 / 3, 1 / 3], i as 0 | 1 | 2, share)))}
          />
        ))}
      </fieldset>
    </div>
  );
}

/** A percentage that keeps what is being typed (even an empty field) until the field is left. */
function PercentField(props: {
  id: string; label: string; textKey: string; lang?: string; value?: number; invalid: boolean; describedBy?: string; onValue: (share: number) => void;
}) {
  const [typing, setTyping] = useState<string>();
  return (
    <div className="vp-triad__field">
      <label htmlFor={props.id} className="utrecht-form-label vp-triad__field-label" lang={props.lang}><PictogramFor textKey={props.textKey} />{props.label}</label>
      <span className="vp-triad__field-input">
        <input
          id={props.id} type="number" inputMode="numeric" min={0} max={100} step={1}
          className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric vp-percent"
          value={typing ?? props.value ?? ""} aria-invalid={props.invalid || undefined} aria-describedby={props.describedBy}
          onChange={(e) => {
            setTyping(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value !== "" && Number.isFinite(n)) props.onValue(n / 100);
          }}
          onBlur={() => setTyping(undefined)}
        />
        <span aria-hidden="true">%</span>
        <ReadAloud text={props.label} />
      </span>
    </div>
  );
}
