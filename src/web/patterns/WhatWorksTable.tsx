// What works: per situation × intervention the share of each outcome, its difference with the
// situation's other stories (95% interval), the test, the q-value and example stories.
import type { Signifier } from "../../core/framework.ts";
import { Loaded } from "../app/feedback.tsx";
import { useLang, useT } from "../app/i18n.tsx";
import { Link } from "../app/router.tsx";
import { useResource } from "../app/useResource.ts";
import { type DashboardFilter, patternQuery } from "./filters.ts";
import { formatPercent, formatPoints, formatQ, optionLabel } from "./labels.ts";
import { type MessageKey, patternMessages } from "./messages.ts";
import type { WhatWorks, WhatWorksRow } from "./types.ts";
import { useRefresh } from "../app/live.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function WhatWorksSection({ collectionId, signifiers, filter, version }: { collectionId: string; signifiers: Signifier[]; filter: DashboardFilter; version: number }) {
  const t = useT(patternMessages);
  const resource = useResource<WhatWorks>(`/collections/${encodeURIComponent(collectionId)}/patterns${patternQuery(filter)}`);
  useRefresh(resource.reload, version);
  return (
    <section className="vp-card vp-stack" aria-labelledby="wat-werkt">
      <h2 className="utrecht-heading-2" id="wat-werkt">{t("whatWorks")}</h2>
      <Loaded resource={resource}>
        {(result) => (
          <>
            <p className="utrecht-paragraph">{t("whatWorksIntro", { minN: result.minN })}</p>
            {result.kind !== "choice" ? <p className="utrecht-paragraph">{t("whatWorksOther")}</p>
              : result.rows.length === 0 ? <p className="utrecht-paragraph" data-testid="what-works-empty">{t("whatWorksNone")}</p>
              : <WhatWorksTable result={result} rows={result.rows} signifiers={signifiers} />}
          </>
        )}
      </Loaded>
    </section>
  );
}

function WhatWorksTable({ result, rows, signifiers }: { result: WhatWorks; rows: WhatWorksRow[]; signifiers: Signifier[] }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const outcomes = rows[0]!.outcomes.map((o) => o.option);
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
            {outcomes.map((o) => <th key={o} className={header} scope="col">{t("outcomeHeader", { option: label(result.outcome, o) })}</th>)}
            <th className={header} scope="col">{t("test")}</th>
            <th className={header} scope="col">{t("q")}</th>
            <th className={header} scope="col">{t("examples")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={`${row.situation}|${row.intervention}|${row.outcomeOption ?? ""}`} className="utrecht-table__row">
              <th className={header} scope="row">{label(result.situation, row.situation)}</th>
              <td className={cell}>{label(result.intervention, row.intervention)}</td>
              <td className={`${cell} vp-number`}>{row.n}</td>
              {row.outcomes.map((o) => (
                <td key={o.option} className={cell}>
                  <span className="vp-what-works__share">{formatPercent(o.share, lang)}</span>
                  <span className="vp-what-works__difference">
                    {t("difference", { difference: formatPoints(o.difference.estimate, lang), lower: formatPoints(o.difference.lower, lang), upper: formatPoints(o.difference.upper, lang) })}
                  </span>
                </td>
              ))}
              <td className={cell}>{t(row.test.method as MessageKey)}</td>
              <td className={`${cell} vp-number`}>{formatQ(row.q, lang)}</td>
              <td className={cell}>
                <ul className="vp-what-works__examples">
                  {row.examples.map((id, k) => <li key={id}><Link to={`/stories/${id}`}>{t("example", { k: k + 1 })}</Link></li>)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

