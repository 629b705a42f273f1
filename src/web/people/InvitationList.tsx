// Invitations nobody has used yet, with the date their link stops working; an admin can withdraw one.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import type { Invitation } from "../../contract/people.ts";
import { peopleMessages } from "./messages.ts";
import { roleLabels } from "./roles.ts";

export function InvitationList({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const { lang } = useLang();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  if (invitations.length === 0) return <StatusMessage message={done} />;
  const withdraw = async (invitation: Invitation) => {
    setError(undefined);
    try {
      await api(`/invitations/${invitation.id}`, { method: "DELETE" });
      setDone(t("withdrawn", { name: invitation.name }));
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long" });
  return (
    <section className="vp-section" aria-labelledby="uitnodigingen">
      <h3 className="utrecht-heading-3" id="uitnodigingen">{t("invitationsHeading")}</h3>
      <StatusMessage message={done} />
      {error !== undefined && <ProblemMessage error={error} />}
      <div className="vp-table-scroll" role="region" aria-labelledby="uitnodigingen-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table">
          <caption className="utrecht-table__caption vp-visually-hidden" id="uitnodigingen-caption">{t("invitationsCaption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("colName")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("colRole")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("colExpires")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("colActions")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("colEmail")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {invitations.map((invitation) => (
              <tr className="utrecht-table__row" key={invitation.id}>
                <th className="utrecht-table__header-cell" scope="row">{invitation.name}</th>
                <td className="utrecht-table__cell">{tApp(roleLabels[invitation.role])}</td>
                <td className="utrecht-table__cell">{date(invitation.expiresAt)}</td>
                <td className="utrecht-table__cell">
                  <button type="button" className="utrecht-button utrecht-button--secondary-action"
                    aria-label={t("withdrawLabel", { name: invitation.name })} onClick={() => withdraw(invitation)}>
                    {t("withdraw")}
                  </button>
                </td>
                <td className="utrecht-table__cell">{invitation.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
