// What works in the sector: per situation and approach the share of each outcome with its margin,
// beside that outcome's share among the situation's other approaches, and the difference.
import type { SectorPatterns } from "../../contract/sectors.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { differenceText, marginText, shareText, withPlusMinus } from "./format.ts";
import { sectorMessages } from "./messages.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

export function SectorWhatWorks({ whatWorks }: { whatWorks: NonNullable<SectorPatterns["whatWorks"]> }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-wat-werkt" data-testid="sector-what-works">
      <h2 className="utrecht-heading-2" id="sector-wat-werkt">{t("whatWorks")}</h2>
      <p className="utrecht-paragraph">{t("whatWorksIntro")}</p>
      <div className="vp-table-scroll" role="region" aria-labelledby="sector-wat-werkt-tabel" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table">
          <caption className="utrecht-table__caption vp-visually-hidden" id="sector-wat-werkt-tabel">{`${whatWorks.situation} × ${whatWorks.intervention} × ${whatWorks.outcome}`}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className={header} scope="col">{whatWorks.situation}</th>
              <th className={header} scope="col">{whatWorks.intervention}</th>
              <th className={header} scope="col">{t("stories")}</th>
              <th className={header} scope="col">{t("outcome")}</th>
              <th className={header} scope="col">{t("share")}</th>
              <th className={header} scope="col">{t("margin")}</th>
              <th className={header} scope="col">{t("others")}</th>
              <th className={header} scope="col">{t("difference")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {whatWorks.rows.flatMap((row) => row.outcomes.map((o, i) => (
              <tr key={`${row.situation}|${row.intervention}|${o.outcome}`} className="utrecht-table__row">
                {i === 0 && <th className={header} scope="rowgroup" rowSpan={row.outcomes.length}>{row.situation}</th>}
                {i === 0 && <th className={header} scope="rowgroup" rowSpan={row.outcomes.length}>{row.intervention}</th>}
                {i === 0 && <td className={`${cell} vp-number`} rowSpan={row.outcomes.length}>{row.n === null ? t("hidden") : withPlusMinus(row.n, row.plusMinus, lang)}</td>}
                <th className={header} scope="row">{o.outcome}</th>
                <td className={`${cell} vp-number`}>{shareText(o.share, lang) ?? t("hidden")}</td>
                <td className={`${cell} vp-number`}>{marginText(o.lower, o.upper, lang) ?? "—"}</td>
                <td className={`${cell} vp-number`}>{shareText(o.restShare, lang) ?? "—"}</td>
                <td className={`${cell} vp-number`}>
                  {differenceText(o.difference, lang) ?? "—"}
                  {o.differenceLower !== null && o.differenceUpper !== null && ` (${differenceText(o.differenceLower, lang)} … ${differenceText(o.differenceUpper, lang)})`}
                </td>
              </tr>
            )))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
