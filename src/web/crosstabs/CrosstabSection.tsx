// Two choice questions against each other, under the dashboard's filters: a bar per row of answer
// shares, the table of counts with each row's shares, and the test of independence in plain words
// (what it checks, how strong, how sure), its numbers one click away. Colleagues see small cells
// as hidden and, then, no test: the server leaves it out.
import "./crosstabs.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { associationSentence, uncomputedSentence } from "../../core/patterns/plain.ts";
import type { Signifier } from "../../core/framework.ts";
import type { Crosstab } from "../../contract/patterns.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { numberFormatter } from "../toolkit/format.ts";
import { type Lang, useLang, useT } from "../toolkit/i18n.tsx";
import { useRefresh } from "../toolkit/live.ts";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { type DashboardFilter, type DashboardScope, patternQuery, scopePath } from "../patterns/filters.ts";
import { formatEffect, formatPercent, formatQ, optionLabel } from "../patterns/labels.ts";
import { type MessageKey, patternMessages } from "../patterns/messages.ts";
import { Facts, Said } from "../patterns/Plain.tsx";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { type ChoiceSignifier, choicesOf, crosstabRows, firstPair, testState } from "./crosstab.ts";
import { columnColour, crosstabChart } from "./crosstabChart.ts";
import { crosstabMessages } from "./messages.ts";

/** Two questions to show, asked for from elsewhere on the dashboard (a discovered pattern); `at` tells requests apart. */
export interface PairRequest {
  pair: [string, string];
  at: number;
}

interface CrosstabSectionProps {
  scope: DashboardScope;
  signifiers: Signifier[];
  filter: DashboardFilter;
  version: number;
  request?: PairRequest;
  /** Where to record a follow-up on a combination of the two questions' answers, if the reader may. */
  followUpPath?: (questions: string[]) => string;
}

export function CrosstabSection({ scope, signifiers, filter, version, request, followUpPath }: CrosstabSectionProps) {
  const t = useT(crosstabMessages);
  const choices = useMemo(() => choicesOf(signifiers), [signifiers]);
  const [pair, setPair] = useState(() => firstPair(choices));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!request) return;
    setPair(request.pair);
    heading.current?.focus();
  }, [request]);
  return (
    <section className="vp-card vp-stack vp-crosstab" aria-labelledby="kruistabel">
      <h2 className="utrecht-heading-2" id="kruistabel" tabIndex={-1} ref={heading}>{t("title")}</h2>
      {!pair ? <p className="utrecht-paragraph">{t("tooFewChoices")}</p> : (
        <>
          <p className="utrecht-paragraph">{t("intro")}</p>
          <div className="vp-crosstab__pick">
            {(["rows", "columns"] as const).map((axis, k) => (
              <SelectField key={axis} name={`crosstab-${axis}`} label={t(axis)} value={pair[k]!}
                onChange={(id) => setPair(k === 0 ? [id, pair[1]] : [pair[0], id])} options={choices.map((s) => ({ value: s.id, label: s.question }))} />
            ))}
          </div>
          {pair[0] === pair[1] ? <p className="utrecht-paragraph">{t("sameQuestion")}</p>
            : <CrosstabLoader scope={scope} filter={filter} version={version} pair={pair} choices={choices} />}
          {followUpPath && pair[0] !== pair[1] && <p className="utrecht-paragraph"><Link to={followUpPath(pair)}>{t("followUp")}</Link></p>}
        </>
      )}
    </section>
  );
}

interface LoaderProps {
  scope: DashboardScope;
  filter: DashboardFilter;
  version: number;
  pair: [string, string];
  choices: ChoiceSignifier[];
}

function CrosstabLoader({ scope, filter, version, pair, choices }: LoaderProps) {
  const resource = useResource<Crosstab>(`${scopePath(scope)}/crosstabs${patternQuery(filter, { rowSignifierId: pair[0], columnSignifierId: pair[1] })}`);
  useRefresh(resource.reload, version);
  return <Loaded resource={resource}>{(c) => <CrosstabResult crosstab={c} choices={choices} />}</Loaded>;
}

function CrosstabResult({ crosstab: c, choices }: { crosstab: Crosstab; choices: ChoiceSignifier[] }) {
  const t = useT(crosstabMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const [rowQ, colQ] = [choices.find((s) => s.id === c.rowSignifierId), choices.find((s) => s.id === c.colSignifierId)];
  const multiple = Boolean(rowQ?.multiple || colQ?.multiple);
  const rows = useMemo(() => crosstabRows(c), [c]);
  const [rowLabels, colLabels] = useMemo(() => [
    c.rowOptions.map((o) => optionLabel(choices, c.rowSignifierId, o)), c.colOptions.map((o) => optionLabel(choices, c.colSignifierId, o)),
  ], [c, choices]);
  const shareLabel = t("share");
  const draw = useCallback((width: number) => crosstabChart(
    rows.flatMap((r, i) => r.shares.flatMap((share, j) => (share === null ? [] : [{ row: rowLabels[i]!, column: colLabels[j]!, share }]))),
    { width, rows: rowLabels, columns: colLabels, lang, shareLabel },
  ), [rows, rowLabels, colLabels, lang, shareLabel]);
  const questions: [string, string] = [rowQ?.question ?? c.rowSignifierId, colQ?.question ?? c.colSignifierId];
  const hidden = c.counts.some((row) => row.some((v) => v === null));
  return (
    <>
      <p className="vp-muted">{t("stories", { n: c.n ?? p("few") })}</p>
      <figure className="vp-chart__figure" data-testid="crosstab-chart">
        <ul className="vp-crosstab__legend" aria-hidden="true">
          {colLabels.map((l, k) => <li key={l}><span className="vp-crosstab__swatch" style={{ background: columnColour(k) }} />{l}</li>)}
        </ul>
        <PlotBox draw={draw} data-chart-type="crosstab" />
        <figcaption className="vp-chart__caption">{[t("chartHelp"), hidden ? p("suppressedNote") : ""].filter(Boolean).join(" ")}</figcaption>
      </figure>
      <CrosstabTable rows={rows} rowLabels={rowLabels} colLabels={colLabels} questions={questions} />
      {multiple && <p className="utrecht-paragraph">{t("multipleNote")}</p>}
      <TestExplained crosstab={c} multiple={multiple} questions={questions} lang={lang} />
    </>
  );
}

interface TableProps {
  rows: ReturnType<typeof crosstabRows>;
  rowLabels: string[];
  colLabels: string[];
  questions: [string, string];
}

function CrosstabTable({ rows, rowLabels, colLabels, questions }: TableProps) {
  const t = useT(crosstabMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const cell = "utrecht-table__cell vp-number";
  const header = "utrecht-table__header-cell";
  const caption = t("caption", { rows: questions[0], columns: questions[1] });
  return (
    <>
      {/* The caption scrolls with a wide table on a phone: it is shown above the scroll box instead. */}
      <p className="vp-crosstab__caption" id="kruistabel-caption" aria-hidden="true">{caption}</p>
      <div className="vp-table-scroll" role="region" aria-labelledby="kruistabel-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table vp-crosstab__table" data-testid="crosstab"
          style={{ minInlineSize: `${12 + 7 * (colLabels.length + 1)}rem` }}>
          <caption className="utrecht-table__caption vp-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className={header} scope="col">{questions[0]}</th>
              {colLabels.map((l) => <th key={l} className={`${header} vp-crosstab__column`} scope="col">{l}</th>)}
              <th className={`${header} vp-crosstab__column`} scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r, i) => (
              <tr key={r.option} className="utrecht-table__row">
                <th className={header} scope="row">{rowLabels[i]}</th>
                {r.counts.map((count, j) => (
                  <td key={j} className={cell}>
                    <span className="vp-crosstab__count">{count ?? p("hidden")}</span>
                    {r.shares[j] !== null && <span className="vp-crosstab__share"> ({formatPercent(r.shares[j]!, lang)})</span>}
                  </td>
                ))}
                <td className={cell}>{r.total ?? p("hidden")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A p-value as a reader's chance: "3,4%", or "minder dan 0,1%". */
function chanceOf(pValue: number, lang: Lang, lessThan: (share: string) => string): string {
  const format = numberFormatter(lang, { percent: true, digits: 1 });
  return pValue < 0.001 ? lessThan(format(0.001)) : format(pValue);
}

function TestExplained({ crosstab: c, multiple, questions, lang }: { crosstab: Crosstab; multiple: boolean; questions: [string, string]; lang: Lang }) {
  const t = useT(crosstabMessages);
  const p = useT(patternMessages);
  const state = testState(c, multiple);
  if (state !== "tested" || !c.test) {
    const why = state === "hidden" ? t("notTestedHidden") : state === "multiple" ? t("notTestedMultiple") : uncomputedSentence(state === "noStories" ? "noStories" : "allSame", lang);
    return <p className="utrecht-paragraph vp-crosstab__untested">{why}</p>;
  }
  const test = c.test;
  const method = p(test.method as MessageKey);
  const sentence = associationSentence(questions[0], questions[1], { measure: "cramersV", value: test.cramersV }, test.pValue, lang);
  const explained = (
    <ul className="vp-crosstab__explained">
      <li>{t("testWhat", { test: method })}</li>
      {test.cramersV !== null && <li>{t("strength", { v: formatEffect(test.cramersV, lang) })}</li>}
      {test.pValue !== null && <li>{t("sure", { chance: chanceOf(test.pValue, lang, (share) => t("lessThan", { share })) })}</li>}
      {test.pooled > 0 && <li>{t("pooled", { n: test.pooled })}</li>}
    </ul>
  );
  return (
    <div data-testid="crosstab-test">
      <Said sentence={sentence} explained={explained}>
        <Facts facts={[
          [p("test"), method], [t("statistic"), formatEffect(test.statistic, lang)], [t("df"), String(test.df)],
          [p("pValue"), formatQ(test.pValue, lang)], [p("cramersV"), formatEffect(test.cramersV, lang)],
          [t("n"), String(test.n)], [t("minExpected"), formatEffect(test.minExpected, lang)],
        ]} />
      </Said>
    </div>
  );
}
