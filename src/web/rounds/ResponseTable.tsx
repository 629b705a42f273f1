// A round's response per day: invited, opened, told, with a bar per day of told against invited so
// the course is seen at a glance; hidden small counts (below analyst) say so.
import type { RoundResponse } from "../../contract/round-invitations.ts";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { invitationMessages } from "./invitationMessages.ts";

type Count = number | null;

export function ResponseTable({ response: r }: { response: RoundResponse }) {
  const t = useT(invitationMessages);
  const { lang } = useLang();
  if (r.days.length === 0) return <p className="utrecht-paragraph vp-muted">{t("responseEmpty")}</p>;
  const shown = (n: Count) => (n === null ? <span className="vp-muted">{t("hidden")}</span> : n);
  const most = Math.max(1, ...r.days.map((d) => d.invited ?? 0));
  return (
    <>
      <div className="vp-table-scroll" role="region" aria-label={t("perDay")} tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table vp-response">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("day")}</th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("invited")}</th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("opened")}</th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t("told")}</th>
              <th className="utrecht-table__header-cell" scope="col"><span className="vp-visually-hidden">{t("chartLabel")}</span></th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {r.days.map((d) => (
              <tr key={d.date} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{formatDate(`${d.date}T12:00:00Z`, lang)}</th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(d.invited)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(d.opened)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(d.told)}</td>
                <td className="utrecht-table__cell" aria-hidden="true">
                  <span className="vp-response__bar">
                    <span className="vp-response__invited" style={{ inlineSize: `${((d.invited ?? 0) / most) * 100}%` }} />
                    <span className="vp-response__told" style={{ inlineSize: `${((d.told ?? 0) / most) * 100}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">{t("total")}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(r.totals.invited)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(r.totals.opened)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{shown(r.totals.told)}</td>
              <td className="utrecht-table__cell" />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="utrecht-paragraph">{t("reminded", { count: r.totals.reminded ?? t("hidden") })}</p>
      {r.suppressed && <p className="utrecht-paragraph vp-muted">{t("suppressedNote")}</p>}
      <p className="utrecht-paragraph vp-muted">{r.contactsKept === 0 ? t("contactsGone") : t("contactsKept", { count: r.contactsKept })}</p>
    </>
  );
}
