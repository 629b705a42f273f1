// The sector over time: one question month by month (a chart of shares with their margins, and the
// same in a table for screen readers and exact figures), and two
// periods compared: per answer the shares in A and B and the difference with its margin.
import { useCallback, useEffect, useState } from "react";
import type { SectorComparison, SectorQuestion, SectorTrend } from "../../contract/sectors.ts";
import { Form } from "../toolkit/forms/Form.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { trendChart, trendPoints } from "./charts.ts";
import { differenceText, marginText, shareText, withPlusMinus } from "./format.ts";
import { sectorMessages } from "./messages.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function SectorTrendSection({ path, questions }: { path: string; questions: SectorQuestion[] }) {
  const t = useT(sectorMessages);
  const [question, setQuestion] = useState("");
  const trend = useResource<SectorTrend>(question ? `${path}/trends${queryString({ question })}` : null);
  const choices = questions.filter((q) => q.type === "choice");
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-verloop" data-testid="sector-trend">
      <h2 className="utrecht-heading-2" id="sector-verloop">{t("trend")}</h2>
      <SelectField name="sectorTrendQuestion" label={t("trendQuestion")} value={question} onChange={setQuestion} placeholder={t("chooseQuestion")}
        options={choices.map((q) => ({ value: q.id, label: q.question }))} />
      {question && <Loaded resource={trend}>{(data) => <><TrendChart trend={data} /><TrendTable trend={data} /></>}</Loaded>}
    </section>
  );
}

/** The window's width, so that a wide chart is drawn again for a phone turned or a window narrowed. */
function useWindowWidth() {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const resized = () => setWidth(window.innerWidth);
    window.addEventListener("resize", resized);
    return () => window.removeEventListener("resize", resized);
  }, []);
  return width;
}

function TrendChart({ trend }: { trend: SectorTrend }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  const windowWidth = useWindowWidth();
  const draw = useCallback((width: number) => trendChart(trendPoints(trend), width, lang), [trend, lang]);
  if (!trend.months.some((m) => m.figures.some((f) => f.share !== null))) return null;
  return (
    <figure className="vp-chart__figure vp-sector-trend" data-testid="sector-trend-chart">
      <PlotBox key={windowWidth} draw={draw} />
      <figcaption className="vp-chart__caption">{t("trendChartNote")}</figcaption>
    </figure>
  );
}

function TrendTable({ trend }: { trend: SectorTrend }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  const answers = trend.months[0]?.figures ?? [];
  return (
    <div className="vp-table-scroll" role="region" aria-labelledby="sector-verloop-tabel" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption" id="sector-verloop-tabel">{t("trendCaption", { question: trend.question.question })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className={header} scope="col">{t("month")}</th>
            {answers.map((f) => <th key={f.cell} className={header} scope="col">{f.label}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {trend.months.map(({ month, figures }) => (
            <tr key={month} className="utrecht-table__row">
              <th className={header} scope="row">{month}</th>
              {figures.map((f) => (
                <td key={f.cell} className={`${cell} vp-number`}>
                  {f.count === null ? t("hidden") : `${withPlusMinus(f.count, f.plusMinus, lang)} · ${shareText(f.share, lang)} (${marginText(f.lower, f.upper, lang)})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SectorComparisonSection({ path, months }: { path: string; months: string[] }) {
  const t = useT(sectorMessages);
  const [chosen, setChosen] = useState({ aFrom: months[0] ?? "", aTo: months[0] ?? "", bFrom: months.at(-1) ?? "", bTo: months.at(-1) ?? "" });
  const [query, setQuery] = useState<string>();
  const result = useResource<SectorComparison>(query ? `${path}/comparisons${query}` : null);
  const options = months.map((m) => ({ value: m, label: m }));
  const field = (name: keyof typeof chosen, label: string) => (
    <SelectField name={name} label={label} value={chosen[name]} onChange={(v) => setChosen({ ...chosen, [name]: v })} options={options} required />
  );
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-vergelijk" data-testid="sector-comparison">
      <h2 className="utrecht-heading-2" id="sector-vergelijk">{t("compare")}</h2>
      <Form label={t("compare")} submitLabel={t("compareButton")} onSubmit={async () => setQuery(queryString(chosen))}>
        <div className="vp-periods__controls">
          {field("aFrom", `${t("periodA")}: ${t("from")}`)}
          {field("aTo", `${t("periodA")}: ${t("to")}`)}
          {field("bFrom", `${t("periodB")}: ${t("from")}`)}
          {field("bTo", `${t("periodB")}: ${t("to")}`)}
        </div>
      </Form>
      {query && <Loaded resource={result}>{(data) => <ComparisonTables comparison={data} />}</Loaded>}
    </section>
  );
}

function ComparisonTables({ comparison }: { comparison: SectorComparison }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  return (
    <>
      {comparison.questions.filter((q) => q.cells.some((c) => c.a !== null || c.b !== null)).map((q) => (
        <table key={q.id} className="utrecht-table utrecht-table--html-table vp-table">
          <caption className="utrecht-table__caption">{t("compareCaption", { question: q.question })}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className={header} scope="col">{t("answer")}</th>
              <th className={header} scope="col">{t("periodA")}</th>
              <th className={header} scope="col">{t("periodB")}</th>
              <th className={header} scope="col">{t("difference")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {q.cells.filter((c) => c.a !== null || c.b !== null).map((c) => (
              <tr key={c.cell} className="utrecht-table__row">
                <th className={header} scope="row">{c.label}</th>
                <td className={`${cell} vp-number`}>{shareText(c.a, lang) ?? t("hidden")}</td>
                <td className={`${cell} vp-number`}>{shareText(c.b, lang) ?? t("hidden")}</td>
                <td className={`${cell} vp-number`}>
                  {differenceText(c.difference, lang) ?? "—"}
                  {c.lower !== null && c.upper !== null && ` (${differenceText(c.lower, lang)} … ${differenceText(c.upper, lang)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
