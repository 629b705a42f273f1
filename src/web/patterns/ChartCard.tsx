// One question's distribution: the chart (click a bar or an area), a line that says what it shows,
// and a data table behind a toggle whose buttons select by keyboard what the chart selects by mouse.
import { withColon } from "../../core/text/punctuation.ts";
import { useEffect, useMemo, useRef } from "react";
import type { Signifier } from "../../core/framework.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Resource } from "../toolkit/useResource.ts";
import { poles } from "./axes.ts";
import { drawChart, onSelect } from "./charts.ts";
import type { Selection } from "./filters.ts";
import { patternMessages } from "./messages.ts";
import { answeredAny, type ChartRow, chartRows, largestRow, selectable } from "./rows.ts";
import type { Distribution } from "../../contract/patterns.ts";

interface ChartCardProps {
  signifier: Signifier;
  /** This question's part of the dashboard's one answer. */
  distribution: Resource<Distribution>;
  selection?: Selection;
  onSelect: (selection: Selection) => void;
}

export function ChartCard({ signifier, distribution: resource, selection, onSelect: select }: ChartCardProps) {
  const headingId = `vraag-${signifier.id}`;
  const choose = (row: ChartRow) => selectable(row) && select({
    key: `${signifier.id}:${row.key}`, label: `${signifier.question} ${row.label}`, count: row.count!, conditions: row.conditions!,
  });
  const selectedKey = selection?.key.startsWith(`${signifier.id}:`) ? selection.key.slice(signifier.id.length + 1) : undefined;
  return (
    <section className="vp-card vp-chart" aria-labelledby={headingId} data-signifier={signifier.id}>
      <h3 className="utrecht-heading-3" id={headingId}>{signifier.question}</h3>
      <Loaded resource={resource}>
        {(d) => <ChartBody distribution={d} signifier={signifier} selectedKey={selectedKey} onChoose={choose} />}
      </Loaded>
    </section>
  );
}

function ChartBody({ distribution: d, signifier, selectedKey, onChoose }: Omit<PlotFigureProps, "rows">) {
  const t = useT(patternMessages);
  const rows = useMemo(() => chartRows(d, signifier), [d, signifier]);
  return (
    <>
      <p className="vp-muted">{"answered" in d ? t("answered", { answered: d.answered ?? t("few"), n: d.n ?? t("few") }) : t("placed", { n: d.n ?? t("few") })}</p>
      {!answeredAny(rows) ? <p className="utrecht-paragraph">{t("noAnswers")}</p> : <Drawn distribution={d} signifier={signifier} rows={rows} selectedKey={selectedKey} onChoose={onChoose} />}
    </>
  );
}

function Drawn({ distribution: d, signifier, rows, selectedKey, onChoose }: PlotFigureProps) {
  return (
    <>
      <figure className="vp-chart__figure">
        <PlotFigure distribution={d} signifier={signifier} rows={rows} selectedKey={selectedKey} onChoose={onChoose} />
        <Poles signifier={signifier} />
        <figcaption className="vp-chart__caption">
          <ChartSummary distribution={d} signifier={signifier} rows={rows} />
        </figcaption>
      </figure>
      <DataTable signifier={signifier} rows={rows} onChoose={onChoose} />
    </>
  );
}

interface PlotFigureProps {
  distribution: Distribution;
  signifier: Signifier;
  rows: ChartRow[];
  selectedKey?: string;
  onChoose: (row: ChartRow) => void;
}

function PlotFigure({ distribution, signifier, rows, selectedKey, onChoose }: PlotFigureProps) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const countLabel = t("stories");
  const hiddenLabel = t("hidden");
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = drawChart(distribution, signifier, { width: Math.max(280, element.clientWidth || 480), rows, selectedKey, countLabel, hiddenLabel, lang });
    if (!chart) return;
    onSelect(chart, (index) => rows[index] && choose.current(rows[index]));
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [distribution, signifier, rows, selectedKey, countLabel, hiddenLabel, lang]);
  return <div className="vp-chart__plot" ref={box} aria-hidden="true" data-chart-type={distribution.type} />;
}

/** Under a slider's or scale's histogram, the words at its two ends (the caption says them too). */
function Poles({ signifier }: { signifier: Signifier }) {
  const ends = poles(signifier);
  if (!ends) return null;
  return (
    <div className="vp-chart__poles" aria-hidden="true">
      <span>← {ends[0]}</span>
      <span>{ends[1]} →</span>
    </div>
  );
}

function ChartSummary({ distribution: d, signifier: s, rows }: { distribution: Distribution; signifier: Signifier; rows: ChartRow[] }) {
  const t = useT(patternMessages);
  const top = largestRow(rows);
  const parts = top ? [t("mostChosen", { label: top.label, count: top.count! })] : [];
  if (rows.some((row) => row.count === null)) parts.push(t("suppressedNote"));
  if (d.type === "triad") parts.push(t("triadHelp"));
  const ends = poles(s);
  if (ends) parts.push(t("dyadEnds", { left: ends[0], right: ends[1] }));
  if (s.type === "stones") parts.push(t("stonesHelp", { x: s.xLabels.join(" → "), y: s.yLabels.join(" → ") }));
  return <>{parts.join(" ")}</>;
}

function DataTable({ signifier, rows, onChoose }: { signifier: Signifier; rows: ChartRow[]; onChoose: (row: ChartRow) => void }) {
  const t = useT(patternMessages);
  const shown = signifier.type === "triad" ? rows.filter((r) => r.count !== 0) : rows;
  const withButtons = shown.some((r) => r.conditions);
  return (
    <details className="vp-chart__table">
      <summary>{t("showTable")}</summary>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption">{t("tableCaption", { question: withColon(signifier.question) })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t(signifier.type === "triad" ? "area" : "answer")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("stories")}</th>
            {withButtons && <td className="utrecht-table__cell" />}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">{row.label}</th>
              <td className="utrecht-table__cell vp-number">{row.count ?? t("hidden")}</td>
              {withButtons && (
                <td className="utrecht-table__cell">
                  {selectable(row) && (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action vp-chart__choose" onClick={() => onChoose(row)}>
                      {t("showStories")}<span className="vp-visually-hidden">: {row.label}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
