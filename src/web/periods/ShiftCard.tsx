// One question's shift from A to B: bars of each answer's share (choice), or the mean before and
// after as two points (slider, scale, and each corner of a triangle), with a line in words and the
// numbers in a table behind a toggle.
import { useCallback } from "react";
import type { Signifier } from "../../core/framework.ts";
import { type Lang, useLang, useT } from "../app/i18n.tsx";
import { formatPercent, formatPoints, optionLabel } from "../patterns/labels.ts";
import { patternMessages } from "../patterns/messages.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { periodMessages } from "./messages.ts";
import { pairChart, type PairRow, shareChart } from "./periodCharts.ts";
import { formatMean, orNone, shiftSummary } from "./periods.ts";
import type { Shift } from "./types.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

/** The rows of the before/after chart and table: the mean, or the mean share of each corner. */
function pairRows(s: Exclude<Shift, { type: "choice" }>, signifier: Signifier): PairRow[] {
  if (s.type !== "triad") return [{ label: signifier.question, a: s.meanA, b: s.meanB }];
  const labels = signifier.type === "triad" ? signifier.labels : ["1", "2", "3"];
  return labels.map((label, k) => ({ label, a: s.meanA?.[k] ?? null, b: s.meanB?.[k] ?? null }));
}

/** A scale runs from its min to its max; sliders and triangle corners from 0 to 100%. */
const rangeOf = (signifier: Signifier): [number, number] => (signifier.type === "scale" ? [signifier.min, signifier.max] : [0, 1]);

export function ShiftCard({ shift, signifier }: { shift: Shift; signifier: Signifier }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const hidden = p("hidden");
  const draw = useCallback((width: number) => {
    if (shift.type === "choice") {
      const rows = shift.options.map((o) => ({ label: optionLabel([signifier], signifier.id, o.id), shareA: o.shareA, shareB: o.shareB }));
      return shareChart(rows, { width, hiddenLabel: hidden, format: (share) => formatPercent(share, lang) });
    }
    return pairChart(pairRows(shift, signifier), { width, domain: rangeOf(signifier), format: (v) => formatMean(v, shift.type, lang), names: ["A", "B"] });
  }, [shift, signifier, lang, hidden]);
  const headingId = `verschuiving-${shift.signifierId}`;
  return (
    <section className="vp-card vp-chart" aria-labelledby={headingId} data-shift={shift.signifierId}>
      <h3 className="utrecht-heading-3" id={headingId}>{signifier.question}</h3>
      <figure className="vp-chart__figure">
        <PlotBox draw={draw} data-chart-type={shift.type} />
        <figcaption className="vp-chart__caption">
          {shiftSummary(shift, signifier, lang, hidden)}. {t(shift.type === "choice" ? "barsHelp" : "pointsHelp")}
        </figcaption>
      </figure>
      <details className="vp-chart__table">
        <summary>{p("showTable")}</summary>
        <ShiftTable shift={shift} signifier={signifier} lang={lang} />
      </details>
    </section>
  );
}

function ShiftTable({ shift: s, signifier, lang }: { shift: Shift; signifier: Signifier; lang: Lang }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const hidden = p("hidden");
  const share = (value: number | null) => (value === null ? hidden : formatPercent(value, lang));
  const mean = (value: number | null, n: Shift["nA"]) => orNone(value === null ? undefined : formatMean(value, s.type, lang), n, hidden);
  const caption = t(s.type === "choice" ? "shareCaption" : "meanCaption", { question: signifier.question });
  const withDifference = s.type !== "dyad" && s.type !== "scale";
  let rows: { key: string; label: string; a: string; b: string; difference?: string }[];
  if (s.type === "choice") {
    rows = s.options.map((o) => ({
      key: o.id, label: optionLabel([signifier], signifier.id, o.id), a: share(o.shareA), b: share(o.shareB),
      // With one share hidden, the difference would give it away.
      difference: o.shareA === null || o.shareB === null ? hidden : o.difference ? p("difference", {
        difference: formatPoints(o.difference.estimate, lang), lower: formatPoints(o.difference.lower, lang), upper: formatPoints(o.difference.upper, lang),
      }) : "–",
    }));
  } else if (s.type === "triad") {
    rows = pairRows(s, signifier).map((r, k) => ({
      key: String(k), label: r.label, a: mean(r.a, s.nA), b: mean(r.b, s.nB), difference: formatPoints(s.meanDifference?.[k] ?? null, lang),
    }));
  } else {
    rows = [
      { key: "mean", label: t("mean"), a: mean(s.meanA, s.nA), b: mean(s.meanB, s.nB) },
      { key: "median", label: t("median"), a: mean(s.medianA, s.nA), b: mean(s.medianB, s.nB) },
    ];
  }
  const captionId = `verschuiving-${s.signifierId}-caption`;
  return (
    <div className="vp-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption" id={captionId}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className={header} scope="col">{s.type === "choice" ? p("answer") : t("measure")}</th>
            <th className={header} scope="col">A</th>
            <th className={header} scope="col">B</th>
            {withDifference && <th className={header} scope="col">{t(s.type === "choice" ? "differenceCI" : "differencePoints")}</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th className={header} scope="row">{r.label}</th>
              <td className={`${cell} vp-number`}>{r.a}</td>
              <td className={`${cell} vp-number`}>{r.b}</td>
              {withDifference && <td className={`${cell} vp-number`}>{r.difference}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
