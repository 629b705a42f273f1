// A question over time: per week or month the number of stories and, for a chosen question, its
// answers (stacked counts per option, or the mean as a line). The same points fill the table behind
// the chart. Choosing a question or an interval redraws the section at once; nothing else moves.
import { useCallback, useMemo, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { patternMessages } from "../patterns/messages.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { periodMessages } from "./messages.ts";
import { trendChart } from "./periodCharts.ts";
import { bucketDate, formatMean, trendView } from "./periods.ts";
import type { Trend, TrendInterval } from "../../contract/patterns.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function TrendSection({ collectionId, signifiers }: { collectionId: string; signifiers: Signifier[] }) {
  const t = useT(periodMessages);
  const [signifierId, setSignifierId] = useState("");
  const [interval, setPer] = useState<TrendInterval>("week");
  const resource = useResource<Trend>(`/collections/${encodeURIComponent(collectionId)}/trends${queryString({ interval, signifier: signifierId })}`);
  // Stones have no single answer to follow; the API counts only their stories.
  const questions = signifiers.filter((s) => s.type !== "stones");
  return (
    <section className="vp-card vp-stack" aria-labelledby="verloop" data-testid="trend">
      <h2 className="utrecht-heading-2" id="verloop">{t("trendTitle")}</h2>
      <div className="vp-periods__controls">
        <SelectField name="trendSignifier" label={t("trendQuestion")} value={signifierId} onChange={setSignifierId}
          placeholder={t("trendStoriesOnly")} options={questions.map((s) => ({ value: s.id, label: s.question }))} />
        <ChoiceGroup name="trendInterval" legend={t("interval")} value={interval} onChange={(v) => setPer(v as TrendInterval)}
          options={[{ value: "week", label: t("week") }, { value: "month", label: t("month") }]} />
      </div>
      <Loaded resource={resource}>
        {(trend) => <TrendBody trend={trend} signifier={signifiers.find((s) => s.id === trend.signifierId)} />}
      </Loaded>
    </section>
  );
}

function TrendBody({ trend, signifier }: { trend: Trend; signifier?: Signifier }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const storiesLabel = p("stories");
  const view = useMemo(() => trendView(trend, signifier, storiesLabel), [trend, signifier, storiesLabel]);
  const type = signifier?.type ?? null;
  const meanLabel = t("mean");
  const draw = useCallback((width: number) => trendChart(view, {
    width, buckets: trend.buckets.map((b) => b.start), tick: (b) => bucketDate(b, trend.interval, lang, "short"),
    yLabel: view.kind === "mean" ? meanLabel : storiesLabel,
    domain: signifier?.type === "scale" ? [signifier.min, signifier.max] : [0, 1], format: (v) => formatMean(v, type, lang), lang,
  }), [view, trend, lang, meanLabel, storiesLabel, signifier, type]);
  if (trend.buckets.length === 0) return <p className="utrecht-paragraph">{t("trendNone")}</p>;
  const hidden = p("hidden");
  const what = signifier?.question ?? t("trendStories");
  const per = t(trend.interval).toLowerCase();
  const labelOf = (start: string) => (trend.interval === "month" ? bucketDate(start, "month", lang, "long") : t("weekOf", { date: bucketDate(start, "week", lang, "long") }));
  const valueOf = (bucket: string, series: string) => {
    const point = view.points.find((pt) => pt.bucket === bucket && pt.series === series);
    if (!point || point.hidden) return point ? hidden : "–";
    if (point.value === null) return "–";
    return view.kind === "mean" ? formatMean(point.value, type, lang) : String(point.value);
  };
  const help = t(view.kind === "stack" ? "trendHelpStack" : view.kind === "mean" ? "trendHelpMean" : "trendHelpCount");
  const anyHidden = view.points.some((pt) => pt.hidden) || trend.buckets.some((b) => b.n === null);
  const columns = view.kind === "count" ? [] : view.series;
  return (
    <>
      <figure className="vp-chart__figure">
        <PlotBox draw={draw} data-chart-type={view.kind} />
        <figcaption className="vp-chart__caption">{help}{anyHidden && ` ${p("suppressedNote")}`}</figcaption>
      </figure>
      <details className="vp-chart__table">
        <summary>{p("showTable")}</summary>
        <div className="vp-table-scroll" role="region" aria-labelledby="verloop-caption" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table vp-table">
            <caption className="utrecht-table__caption" id="verloop-caption">{t("trendCaption", { what, interval: per })}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className={header} scope="col">{t("periodColumn")}</th>
                <th className={header} scope="col">{storiesLabel}</th>
                {view.kind === "mean" && <th className={header} scope="col">{t("answers")}</th>}
                {columns.map((series) => <th key={series} className={header} scope="col">{view.kind === "mean" && columns.length === 1 ? meanLabel : series}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {trend.buckets.map((b) => (
                <tr key={b.start} className="utrecht-table__row" data-bucket={b.start}>
                  <th className={header} scope="row">{labelOf(b.start)}</th>
                  <td className={`${cell} vp-number`}>{b.n ?? hidden}</td>
                  {view.kind === "mean" && <td className={`${cell} vp-number`}>{b.answered === undefined ? "–" : (b.answered ?? hidden)}</td>}
                  {columns.map((series) => <td key={series} className={`${cell} vp-number`}>{valueOf(b.start, series)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
