// Clients over time, for analysts: per client with two or more stories the first answer against the
// latest to a slider or scale question, with the paired Wilcoxon signed-rank test, and a small chart
// of how many clients' answers went up, stayed the same or went down.
import { useCallback, useMemo, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { certaintySentence, pairedTestUnsaid, uncomputedSentence } from "../../core/patterns/plain.ts";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { choiceChart } from "../patterns/charts.ts";
import { formatEffect, formatQ } from "../patterns/labels.ts";
import { patternMessages } from "../patterns/messages.ts";
import { PlotBox } from "../patterns/PlotBox.tsx";
import type { ChartRow } from "../patterns/rows.ts";
import { periodMessages } from "./messages.ts";
import { formatMean } from "./periods.ts";
import type { Cohort } from "../../contract/patterns.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function CohortSection({ collectionId, signifiers }: { collectionId: string; signifiers: Signifier[] }) {
  const t = useT(periodMessages);
  // The paired test needs an ordered answer: a slider or a scale.
  const questions = signifiers.filter((s) => s.type === "dyad" || s.type === "scale");
  const [signifierId, setSignifierId] = useState(questions[0]?.id ?? "");
  const resource = useResource<Cohort>(signifierId ? `/collections/${encodeURIComponent(collectionId)}/cohorts${queryString({ signifier: signifierId })}` : null);
  const signifier = questions.find((s) => s.id === signifierId);
  return (
    <section className="vp-card vp-stack" aria-labelledby="cohort" data-testid="cohort">
      <h2 className="utrecht-heading-2" id="cohort">{t("cohortTitle")}</h2>
      <p className="utrecht-paragraph">{t("cohortIntro")}</p>
      {!signifier ? <p className="utrecht-paragraph">{t("cohortNoQuestions")}</p> : (
        <>
          <div className="vp-periods__controls">
            <SelectField name="cohortSignifier" label={t("cohortQuestion")} value={signifierId} onChange={setSignifierId}
              options={questions.map((s) => ({ value: s.id, label: s.question }))} />
          </div>
          <Loaded resource={resource}>{(cohort) => <CohortBody cohort={cohort} signifier={signifier} />}</Loaded>
        </>
      )}
    </section>
  );
}

function CohortBody({ cohort: c, signifier }: { cohort: Cohort; signifier: Signifier }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const hidden = p("hidden");
  const [rose, same, fell] = [t("rose"), t("same"), t("fell")];
  const rows = useMemo<ChartRow[]>(() => [
    { key: "rose", label: rose, count: c.rose }, { key: "same", label: same, count: c.same }, { key: "fell", label: fell, count: c.fell },
  ], [c, rose, same, fell]);
  const countLabel = t("clients");
  const draw = useCallback((width: number) => choiceChart({ width: Math.min(width, 560), rows, countLabel, hiddenLabel: hidden, lang }), [rows, countLabel, hidden, lang]);
  if (c.clients === 0) return <p className="utrecht-paragraph">{t("cohortNone")}</p>;
  const count = (n: number | null) => (n === null ? hidden : String(n));
  const median = (m: number | null) => (m === null ? (c.clients === null ? hidden : "–") : formatMean(m, signifier.type, lang));
  const few = p("few");
  const facts: [string, string][] = [
    [t("clients"), count(c.clients)],
    [t("medianFirst"), median(c.medianFirst)],
    [t("medianLatest"), median(c.medianLatest)],
    [rose, count(c.rose)],
    [same, count(c.same)],
    [fell, count(c.fell)],
  ];
  // No test for groups too small for it: below 6 clients the exact test cannot reach 5%.
  const unsaid = c.clients === null ? uncomputedSentence("hidden", lang) : pairedTestUnsaid(c.clients, lang);
  if (!unsaid) {
    facts.push(
      [p("test"), p("wilcoxonSignedRank")],
      ["V", c.test.v === null ? "–" : String(c.test.v)],
      ["z", formatEffect(c.test.z, lang)],
      [t("p"), formatQ(c.test.pValue, lang)],
      [p("rankBiserial"), formatEffect(c.test.rankBiserial, lang)],
    );
  }
  return (
    <>
      <p className="utrecht-paragraph">
        {t("cohortSummary", { clients: c.clients ?? few, rose: c.rose ?? few, fell: c.fell ?? few, same: c.same ?? few })}
        {[c.clients, c.rose, c.fell, c.same].includes(null) && ` ${p("suppressedNote")}`}
      </p>
      {unsaid ? <p className="utrecht-paragraph" data-testid="no-test">{unsaid}</p>
        : c.test.pValue !== null && <p className="utrecht-paragraph">{certaintySentence(c.test.pValue, lang)}</p>}
      <figure className="vp-chart__figure vp-periods__cohort-chart">
        <PlotBox draw={draw} data-chart-type="cohort" />
        <figcaption className="vp-chart__caption">{t("cohortChartHelp")}</figcaption>
      </figure>
      <table className="utrecht-table utrecht-table--html-table vp-table vp-periods__facts">
        <caption className="utrecht-table__caption">{t("cohortCaption", { question: signifier.question })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className={header} scope="col">{t("measure")}</th>
            <th className={header} scope="col">{t("value")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {facts.map(([label, value]) => (
            <tr key={label} className="utrecht-table__row">
              <th className={header} scope="row">{label}</th>
              <td className={`${cell} vp-number`}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
