// What the organization released to the sector, newest first: a withdrawn release still shows, as
// its ε stays spent.
import "@utrecht/table-css/dist/index.css";
import type { ReleaseSummary } from "../../contract/sectors.ts";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { fractionText } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";

export function ReleaseTable({ releases }: { releases: ReleaseSummary[] }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  if (releases.length === 0) return <p className="utrecht-paragraph vp-muted">{t("releasesEmpty")}</p>;
  return (
    <div className="vp-table-scroll vp-sector-table" role="region" aria-labelledby="leveringen-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table" data-testid="sector-releases">
        <caption className="utrecht-table__caption vp-visually-hidden" id="leveringen-caption">{t("releasesCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("month")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("collection")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("epsilonUsed")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("stories")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("releasedAt")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {releases.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <th className="utrecht-table__header-cell" scope="row">{r.month}</th>
              <td className="utrecht-table__cell">{r.collectionName ?? t("removedCollection")}</td>
              <td className="utrecht-table__cell">{fractionText(r.epsilon)}</td>
              <td className="utrecht-table__cell">{r.stories}</td>
              <td className="utrecht-table__cell">{formatDate(r.releasedAt, lang)}</td>
              <td className="utrecht-table__cell">{r.withdrawnAt ? t("withdrawn", { date: formatDate(r.withdrawnAt, lang) }) : t("current")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
