// What works: per situation × intervention the share of each outcome, its difference with the
// situation's other stories (95% interval), the test, the q-value and example stories. For a
// slider, scale or triangle outcome: the mean answer (per corner for a triangle) and the difference
// of means with its 95% interval.
import type { ReactElement } from "react";
import type { Signifier } from "../../core/framework.ts";
import { meanSentence, shareSentence, uncomputedSentence, whyUncomputed } from "../../core/patterns/plain.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { numberFormatter } from "../toolkit/format.ts";
import { type Lang, useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { type DashboardFilter, type DashboardScope, patternQuery, scopePath } from "./filters.ts";
import { formatEffect, formatPercent, formatPoints, formatQ, optionLabel } from "./labels.ts";
import { type MessageKey, patternMessages } from "./messages.ts";
import { Facts, NotYet, Said } from "./Plain.tsx";
import type { Difference, MeanDifference, NumericWhatWorksRow, WhatWorks, WhatWorksRow } from "../../contract/patterns.ts";
import { useRefresh } from "../toolkit/live.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

/** Where to record a follow-up on a pattern (choice question id → option), for readers who may. */
export type FollowUpPath = (pattern: Record<string, string>) => string;

interface SectionProps {
  scope: DashboardScope;
  signifiers: Signifier[];
  filter: DashboardFilter;
  version: number;
  followUpPath?: FollowUpPath;
}

export function WhatWorksSection({ scope, signifiers, filter, version, followUpPath }: SectionProps) {
  const t = useT(patternMessages);
  const resource = useResource<WhatWorks>(`${scopePath(scope)}/patterns${patternQuery(filter)}`);
  useRefresh(resource.reload, version);
  return (
    <section className="vp-card vp-stack" aria-labelledby="wat-werkt">
      <h2 className="utrecht-heading-2" id="wat-werkt">{t("whatWorks")}</h2>
      <Loaded resource={resource}>
        {(result) => (
          <>
            <p className="utrecht-paragraph">
              {result.kind === "choice" ? t("whatWorksIntro", { minN: result.minN })
                : `${t("whatWorksNumericIntro", { minN: result.minN })} ${t(result.kind === "scale" ? "whatWorksScalePoints" : "whatWorksPercentPoints")}`}
            </p>
            {result.rows.length === 0 ? <NotYet perGroup={Math.floor((result.stories ?? 0) / 2)} lead={t("whatWorksStories", { stories: result.stories ?? t("few") })} />
              : <Results result={result} signifiers={signifiers} followUpPath={followUpPath} />}
          </>
        )}
      </Loaded>
    </section>
  );
}

type AnyRow = WhatWorksRow | NumericWhatWorksRow;

/** A sentence per result, its numbers one click away, and every number as a table after them. */
function Results({ result, signifiers, followUpPath }: { result: WhatWorks; signifiers: Signifier[]; followUpPath?: FollowUpPath }) {
  const t = useT(patternMessages);
  const rows: AnyRow[] = result.rows;
  return (
    <>
      <ul className="vp-said-list" data-testid="what-works-results">
        {rows.map((row) => <li key={`${row.situation}|${row.intervention}|${"outcomeOption" in row ? row.outcomeOption ?? "" : ""}`}><RowSaid result={result} row={row} signifiers={signifiers} followUpPath={followUpPath} /></li>)}
      </ul>
      <details className="vp-chart__table">
        <summary>{t("allNumbers")}</summary>
        {result.kind === "choice" ? <WhatWorksTable result={result} rows={result.rows} signifiers={signifiers} />
          : <NumericWhatWorksTable result={result} rows={result.rows} signifiers={signifiers} />}
      </details>
    </>
  );
}

/** The outcome option that moved most against the rest of the situation, with both shares known. */
function largestShift(row: WhatWorksRow) {
  const known = row.outcomes.filter((o) => o.share !== null && o.difference.estimate !== null);
  return known.reduce<(typeof known)[number] | undefined>((best, o) => (!best || Math.abs(o.difference.estimate!) > Math.abs(best.difference.estimate!) ? o : best), undefined);
}

function RowSaid({ result, row, signifiers, followUpPath }: { result: WhatWorks; row: AnyRow; signifiers: Signifier[]; followUpPath?: FollowUpPath }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const label = (signifierId: string, option: string) => optionLabel(signifiers, signifierId, option);
  const names = { situation: label(result.situation, row.situation), intervention: label(result.intervention, row.intervention) };
  const outcome = signifiers.find((s) => s.id === result.outcome);
  let sentence = "";
  let interval = "";
  if ("outcomes" in row) {
    const moved = largestShift(row);
    if (moved) {
      sentence = shareSentence({ ...names, outcome: label(result.outcome, moved.option), share: moved.share!, restShare: moved.share! - moved.difference.estimate!, q: row.q }, lang);
      interval = differenceText(t, moved.difference, (v) => formatPoints(v, lang));
    }
  } else {
    const kind = result.kind === "choice" ? "dyad" : result.kind;
    const means = meanDifferences(row).flatMap((d, k) => (d.mean === null || d.restMean === null ? [] : [{ mean: d.mean, rest: d.restMean, corner: outcome?.type === "triad" ? outcome.labels[k] : undefined }]));
    if (means.length > 0) sentence = meanSentence({ ...names, question: outcome?.question ?? result.outcome, kind, means, q: row.q }, lang);
    const format = numericFormat(kind, lang);
    interval = meanDifferences(row).map((d) => differenceText(t, d, format.difference)).join("; ");
  }
  // Without a sentence: either a group is empty (nothing to compare with) or small cells were hidden.
  const why = row.n > 0 && row.restN > 0 ? t("hidden") : uncomputedSentence(whyUncomputed(row.n, row.restN), lang);
  const unsaid = `${names.situation} — ${names.intervention}. ${why}`;
  return (
    <Said sentence={sentence || unsaid} actions={followUpPath && (
      <Link to={followUpPath({ [result.situation]: row.situation, [result.intervention]: row.intervention })}>
        {t("recordFollowUp")}<span className="vp-visually-hidden">: {names.situation} — {names.intervention}</span>
      </Link>
    )}>
      <Facts facts={[
        [t("nGroups"), `${row.n} / ${row.restN}`],
        [t("interval"), interval],
        [t("test"), `${t(row.test.method as MessageKey)}${row.test.statistic === null ? "" : ` (${formatEffect(row.test.statistic, lang)})`}`],
        [t("pValue"), formatQ(row.pValue, lang)],
        [t("q"), formatQ(row.q, lang)],
      ]} />
      <ul className="vp-what-works__examples">
        {row.examples.map((id, k) => <li key={id}><Link to={`/stories/${id}`}>{t("example", { k: k + 1 })}</Link></li>)}
      </ul>
    </Said>
  );
}

/**
 * The table both kinds of outcome share: situation, intervention and n first, then the outcome's
 * own columns, then the test, the q-value and example stories.
 */
function WhatWorksGrid<R extends AnyRow>({ result, rows, signifiers, outcomeHeaders, rowKey, outcomeCells }: {
  result: WhatWorks; rows: R[]; signifiers: Signifier[]; outcomeHeaders: string[]; rowKey(row: R): string; outcomeCells(row: R): ReactElement[];
}) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const label = (signifierId: string, option: string) => optionLabel(signifiers, signifierId, option);
  return (
    <div className="vp-table-scroll" role="region" aria-labelledby="wat-werkt-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table vp-what-works">
        <caption className="utrecht-table__caption" id="wat-werkt-caption">{t("whatWorksCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className={header} scope="col">{t("situation")}</th>
            <th className={header} scope="col">{t("intervention")}</th>
            <th className={header} scope="col">{t("n")}</th>
            {outcomeHeaders.map((h) => <th key={h} className={header} scope="col">{h}</th>)}
            <th className={header} scope="col">{t("test")}</th>
            <th className={header} scope="col">{t("q")}</th>
            <th className={header} scope="col">{t("examples")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              <th className={header} scope="row">{label(result.situation, row.situation)}</th>
              <td className={cell}>{label(result.intervention, row.intervention)}</td>
              <td className={`${cell} vp-number`}>{row.n}</td>
              {outcomeCells(row)}
              <TestCells row={row} lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A share or mean with, under it, its difference from the rest of the situation. */
function OutcomeCell({ value, difference }: { value: string; difference: string }) {
  return (
    <td className={cell}>
      <span className="vp-what-works__share">{value}</span>
      <span className="vp-what-works__difference">{difference}</span>
    </td>
  );
}

function WhatWorksTable({ result, rows, signifiers }: { result: WhatWorks; rows: WhatWorksRow[]; signifiers: Signifier[] }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const headers = rows[0]!.outcomes.map((o) => t("outcomeHeader", { option: optionLabel(signifiers, result.outcome, o.option) }));
  return (
    <WhatWorksGrid result={result} rows={rows} signifiers={signifiers} outcomeHeaders={headers}
      rowKey={(row) => `${row.situation}|${row.intervention}|${row.outcomeOption ?? ""}`}
      outcomeCells={(row) => row.outcomes.map((o) => (
        <OutcomeCell key={o.option} value={formatPercent(o.share, lang)} difference={differenceText(t, o.difference, (v) => formatPoints(v, lang))} />
      ))} />
  );
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "+12 (+3 tot +21)": a difference with its 95% interval, each number formatted the same way; without an interval, the difference alone. */
function differenceText(t: Translate, d: Difference, format: (value: number | null) => string): string {
  if (d.lower === null || d.upper === null) return format(d.estimate);
  return t("difference", { difference: format(d.estimate), lower: format(d.lower), upper: format(d.upper) });
}

/** The test, the q-value and links to example stories: the last three cells of every row. */
function TestCells({ row, lang }: { row: WhatWorksRow | NumericWhatWorksRow; lang: Lang }) {
  const t = useT(patternMessages);
  return (
    <>
      <td className={cell}>{t(row.test.method as MessageKey)}</td>
      <td className={`${cell} vp-number`}>{formatQ(row.q, lang)}</td>
      <td className={cell}>
        <ul className="vp-what-works__examples">
          {row.examples.map((id, k) => <li key={id}><Link to={`/stories/${id}`}>{t("example", { k: k + 1 })}</Link></li>)}
        </ul>
      </td>
    </>
  );
}

const NONE = "–";
const signed = (text: string, value: number) => `${value > 0 ? "+" : ""}${text}`;

/** A slider or triangle corner reads as a percentage (its difference in points); a scale in its own units, one decimal. */
function numericFormat(kind: "dyad" | "scale" | "triad", lang: Lang) {
  if (kind !== "scale") return { mean: (v: number | null) => formatPercent(v, lang), difference: (v: number | null) => formatPoints(v, lang) };
  const decimal = numberFormatter(lang, { digits: 1, fixed: true });
  return {
    mean: (v: number | null) => (v === null ? NONE : decimal(v)),
    difference: (v: number | null) => (v === null ? NONE : signed(decimal(v), v)),
  };
}

function NumericWhatWorksTable({ result, rows, signifiers }: { result: Extract<WhatWorks, { kind: "dyad" | "scale" | "triad" }>; rows: NumericWhatWorksRow[]; signifiers: Signifier[] }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const outcome = signifiers.find((s) => s.id === result.outcome);
  const headers = result.kind !== "triad" ? [t("meanHeader")]
    : (outcome?.type === "triad" ? outcome.labels : ["1", "2", "3"]).map((corner) => t("cornerHeader", { corner }));
  const format = numericFormat(result.kind, lang);
  return (
    <WhatWorksGrid result={result} rows={rows} signifiers={signifiers} outcomeHeaders={headers}
      rowKey={(row) => `${row.situation}|${row.intervention}`}
      outcomeCells={(row) => meanDifferences(row).map((d, k) => (
        <OutcomeCell key={k} value={format.mean(d.mean)} difference={differenceText(t, d, format.difference)} />
      ))} />
  );
}

/** One difference for a slider or scale, one per corner for a triangle. */
const meanDifferences = (row: NumericWhatWorksRow): MeanDifference[] => (Array.isArray(row.difference) ? row.difference : [row.difference]);

