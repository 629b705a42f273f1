// One core question in the sector view: the chart of shares with their margins and the caller's
// organization beside them, and the table with every count ± its noise, share, margin and own share.
import { useCallback, useMemo } from "react";
import type { SectorFigure, SectorQuestion } from "../../contract/sectors.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { shareChart, shareRows } from "./charts.ts";
import { marginText, shareText, withPlusMinus } from "./format.ts";
import { sectorMessages } from "./messages.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function QuestionCard({ question: q }: { question: SectorQuestion }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  // A triad's 66 grid points make no readable bar chart: the table lists the points chosen most.
  const figures = useMemo(() => (q.type === "triad" ? topPoints(q) : q.figures), [q]);
  const draw = useCallback((width: number) => shareChart(shareRows(figures, q.mine), width, lang), [figures, q.mine, lang]);
  const headingId = `sector-${q.id}`;
  return (
    <section className="vp-card vp-chart" aria-labelledby={headingId} data-question={q.id}>
      <h3 className="utrecht-heading-3" id={headingId}>{q.question}</h3>
      {q.type !== "triad" && figures.some((f) => f.share !== null) && (
        <figure className="vp-chart__figure">
          <PlotBox draw={draw} />
          <figcaption className="vp-chart__caption">{t("chartNote")}</figcaption>
        </figure>
      )}
      {q.type === "triad" && <p className="vp-muted">{t("triadNote", { n: TRIAD_POINTS })}</p>}
      {q.mine === null && <p className="vp-muted">{t("noneMine")}</p>}
      <div className="vp-table-scroll" role="region" aria-labelledby={`${headingId}-tabel`} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table vp-table--fit">
        <caption className="utrecht-table__caption vp-visually-hidden" id={`${headingId}-tabel`}>{t("tableCaption", { question: q.question })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className={header} scope="col">{t("answer")}</th>
            <th className={header} scope="col">{t("count")}</th>
            <th className={header} scope="col">{t("shareWithMargin")}</th>
            <th className={header} scope="col">{t("mine")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {figures.map((f) => {
            const mine = q.mine?.find((m) => m.cell === f.cell);
            return (
              <tr key={f.cell} className="utrecht-table__row" data-cell={f.cell}>
                <th className={header} scope="row">{f.label}</th>
                <td className={`${cell} vp-number`} data-count={f.count ?? ""}>{f.count === null ? t("hidden") : withPlusMinus(f.count, f.plusMinus, lang)}</td>
                <td className={`${cell} vp-number`}>{f.share === null ? "—" : `${shareText(f.share, lang)} (${marginText(f.lower, f.upper, lang)})`}</td>
                <td className={`${cell} vp-number`}>{mine ? (shareText(mine.share, lang) ?? t("hidden")) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}

const TRIAD_POINTS = 10;
const topPoints = (q: SectorQuestion): SectorFigure[] =>
  q.figures.filter((f) => f.count !== null).sort((a, b) => b.count! - a.count!).slice(0, TRIAD_POINTS);
