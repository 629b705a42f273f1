// One question's shift from A to B: bars of each answer's share (choice), the mean before and
// after as two points (slider, scale, and each corner of a triangle), or each stones item's mean
// point in A and B on the board, with a line in words and the numbers in a table behind a toggle.
import { withColon } from "../../core/text/punctuation.ts";
import { useCallback } from "react";
import type { Signifier } from "../../core/framework.ts";
import { type Lang, useLang, useT } from "../toolkit/i18n.tsx";
import { formatPercent, formatPoints, formatQ, optionLabel } from "../patterns/labels.ts";
import { patternMessages } from "../patterns/messages.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { periodMessages } from "./messages.ts";
import { pairChart, type PairRow, placeChart, shareChart } from "./periodCharts.ts";
import { formatMean, orNone, type Say, shiftSummary, stonesRows, type TableRow } from "./periods.ts";
import type { Shift } from "../../contract/patterns.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

/** The rows of the before/after chart and table: the mean, or the mean share of each corner. */
function pairRows(s: Extract<Shift, { type: "dyad" | "scale" | "triad" }>, signifier: Signifier): PairRow[] {
  if (s.type !== "triad") return [{ label: signifier.question, a: s.meanA, b: s.meanB }];
  const labels = signifier.type === "triad" ? signifier.labels : ["1", "2", "3"];
  return labels.map((label, k) => ({ label, a: s.meanA?.[k] ?? null, b: s.meanB?.[k] ?? null }));
}

/** A scale runs from its min to its max; sliders and triangle corners from 0 to 100%. */
const rangeOf = (signifier: Signifier): [number, number] => (signifier.type === "scale" ? [signifier.min, signifier.max] : [0, 1]);

/** A stones board's axes, from one end's label to the other's. */
const axes = (signifier: Signifier) =>
  signifier.type === "stones" ? { x: signifier.xLabels.join(" → "), y: signifier.yLabels.join(" → ") } : { x: "x", y: "y" };

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
    if (shift.type === "stones") {
      const rows = shift.items.map((i) => ({ label: optionLabel([signifier], signifier.id, i.id), a: i.meanA, b: i.meanB }));
      return placeChart(rows, { width, xLabel: axes(signifier).x, yLabel: axes(signifier).y });
    }
    return pairChart(pairRows(shift, signifier), { width, domain: rangeOf(signifier), format: (v) => formatMean(v, shift.type, lang), names: ["A", "B"] });
  }, [shift, signifier, lang, hidden]);
  const help = shift.type === "stones" ? t("stonesHelp", axes(signifier)) : t(shift.type === "choice" ? "barsHelp" : "pointsHelp");
  const headingId = `verschuiving-${shift.signifierId}`;
  return (
    <section className="vp-card vp-chart" aria-labelledby={headingId} data-shift={shift.signifierId}>
      <h3 className="utrecht-heading-3" id={headingId}>{signifier.question}</h3>
      <figure className="vp-chart__figure">
        <PlotBox draw={draw} data-chart-type={shift.type} />
        <figcaption className="vp-chart__caption">{shiftSummary(shift, signifier, lang, hidden)}. {help}</figcaption>
      </figure>
      <details className="vp-chart__table">
        <summary>{p("showTable")}</summary>
        <ShiftTable shift={shift} signifier={signifier} lang={lang} />
        {shift.type === "stones" && (
          <p className="utrecht-paragraph">{t("stonesWhole", { p: formatQ(shift.pValue, lang), q: formatQ(shift.qValue, lang) })}</p>
        )}
      </details>
    </section>
  );
}

type Words = (key: keyof typeof patternMessages & string, params?: Record<string, string | number>) => string;

/** The columns and rows of a shift's table: per answer, per corner, mean and median, or per stones item. */
function tableOf(s: Shift, signifier: Signifier, lang: Lang, t: Say, p: Words): { headers: string[]; rows: TableRow[] } {
  const hidden = p("hidden");
  const share = (value: number | null) => (value === null ? hidden : formatPercent(value, lang));
  const mean = (value: number | null, n: Shift["nA"]) => orNone(value === null ? undefined : formatMean(value, s.type, lang), n, hidden);
  if (s.type === "choice") {
    return {
      headers: [p("answer"), "A", "B", t("differenceCI")],
      rows: s.options.map((o) => ({
        key: o.id, label: optionLabel([signifier], signifier.id, o.id),
        cells: [share(o.shareA), share(o.shareB),
          // With one share hidden, the difference would give it away.
          o.shareA === null || o.shareB === null ? hidden : o.difference ? p("difference", {
            difference: formatPoints(o.difference.estimate, lang), lower: formatPoints(o.difference.lower, lang), upper: formatPoints(o.difference.upper, lang),
          }) : "–"],
      })),
    };
  }
  if (s.type === "stones") return { headers: [t("item"), "A", "B", t("differencePoints"), p("test"), t("p")], rows: stonesRows(s, signifier, lang, t, hidden) };
  if (s.type === "triad") {
    return {
      headers: [t("measure"), "A", "B", t("differencePoints")],
      rows: pairRows(s, signifier).map((r, k) => ({ key: String(k), label: r.label, cells: [mean(r.a, s.nA), mean(r.b, s.nB), formatPoints(s.meanDifference?.[k] ?? null, lang)] })),
    };
  }
  return {
    headers: [t("measure"), "A", "B"],
    rows: [
      { key: "mean", label: t("mean"), cells: [mean(s.meanA, s.nA), mean(s.meanB, s.nB)] },
      { key: "median", label: t("median"), cells: [mean(s.medianA, s.nA), mean(s.medianB, s.nB)] },
    ],
  };
}

function ShiftTable({ shift: s, signifier, lang }: { shift: Shift; signifier: Signifier; lang: Lang }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const { headers, rows } = tableOf(s, signifier, lang, t, p);
  const caption = t(s.type === "choice" ? "shareCaption" : s.type === "stones" ? "stonesCaption" : "meanCaption", { question: withColon(signifier.question) });
  const captionId = `verschuiving-${s.signifierId}-caption`;
  return (
    <div className="vp-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption" id={captionId}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {headers.map((h) => <th key={h} className={header} scope="col">{h}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th className={header} scope="row">{r.label}</th>
              {r.cells.map((text, k) => <td key={k} className={`${cell} vp-number`}>{text}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
