// "Hoe veranderden de antwoorden?": per slider or scale question one small line chart of this
// client's answers over time, with the change in words beneath it and the same points as a table.
import { withColon } from "../../core/text/punctuation.ts";
import { useCallback, useMemo } from "react";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story } from "../../contract/stories.ts";
import { patternMessages } from "../patterns/messages.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { formatMean } from "../periods/periods.ts";
import { describeAnswer } from "../stories/answers.ts";
import { storyMessages } from "../stories/messages.ts";
import { subjectMessages } from "./messages.ts";
import { type AnswerSeries, answerSeries, direction, shortDate, valueDomain, valueSteps } from "./timeline.ts";
import { answerChart } from "./timelineCharts.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function AnswerTrends({ stories, frameworks }: { stories: Story[]; frameworks: Framework[] }) {
  const t = useT(subjectMessages);
  // A change needs two answers to the same question.
  const series = useMemo(() => answerSeries(stories, frameworks).filter((s) => s.points.length >= 2), [stories, frameworks]);
  return (
    <section className="vp-card vp-stack" aria-labelledby="verloop" data-testid="answer-trends">
      <h2 className="utrecht-heading-2" id="verloop">{t("trendsTitle")}</h2>
      {series.length === 0 ? <p className="utrecht-paragraph">{t("trendsNone")}</p> : (
        <>
          <p className="utrecht-paragraph">{t("trendsIntro")}</p>
          <div className="vp-dashboard__charts">
            {series.map((s, i) => <AnswerTrend key={s.key} series={s} index={i} />)}
          </div>
        </>
      )}
    </section>
  );
}

function AnswerTrend({ series, index }: { series: AnswerSeries; index: number }) {
  const t = useT(subjectMessages);
  const say = useT(storyMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const { signifier: s, points } = series;
  const format = useCallback((value: number) => formatMean(value, s.type, lang), [s.type, lang]);
  const draw = useCallback(
    (width: number) => answerChart(points, { width, domain: valueDomain(s), steps: valueSteps(s), format, tick: (date) => shortDate(date, lang) }),
    [points, s, format, lang],
  );
  const first = format(points[0]!.value);
  const latest = format(points.at(-1)!.value);
  const way = direction(points);
  const [left, right] = s.type === "dyad" ? s.labels : ["", ""];
  const change = way === "same" ? t("changeSame", { first })
    : s.type === "dyad" ? t(way === "up" ? "changeDyadUp" : "changeDyadDown", { first, latest, left, right })
    : t(way === "up" ? "changeUp" : "changeDown", { first, latest });
  const ends = s.type === "dyad" ? t("dyadEnds", { left, right }) : t("scaleEnds", { min: s.min, max: s.max });
  const count = t("answerCount", { count: points.length, from: formatDate(points[0]!.toldAt, lang), to: formatDate(points.at(-1)!.toldAt, lang) });
  const captionId = `verloop-${index}-tabel`;
  return (
    <div className="vp-chart" data-signifier={s.id}>
      <h3 className="utrecht-heading-3">{s.question}</h3>
      <figure className="vp-chart__figure">
        <PlotBox draw={draw} data-chart-type="timeline" />
        <figcaption className="vp-chart__caption">{`${change} ${count} ${ends}`}</figcaption>
      </figure>
      <details className="vp-chart__table">
        <summary>{p("showTable")}</summary>
        <div className="vp-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table vp-table">
            <caption className="utrecht-table__caption" id={captionId}>{t("tableCaption", { question: withColon(s.question) })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className={header} scope="col">{t("date")}</th>
                <th className={header} scope="col">{t("answer")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {points.map((point) => (
                <tr key={point.storyId} className="utrecht-table__row" data-story={point.storyId}>
                  <th className={header} scope="row">{formatDate(point.toldAt, lang)}</th>
                  <td className={cell}>{describeAnswer(s, point.value, say).join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
