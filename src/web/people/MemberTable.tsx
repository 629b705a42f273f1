import { useState } from "react";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import type { Member, Team } from "../../contract/people.ts";
import { peopleMessages } from "./messages.ts";
import { MemberActions } from "./MemberActions.tsx";
import { roleLabels } from "./roles.ts";

export function MemberTable({ members, teams, onChanged }: { members: Member[]; teams: Team[]; onChanged: () => void }) {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? "…";
  const [done, setDone] = useState<string>();
  const changed = (message: string) => {
    setDone(message);
    onChanged();
  };
  // The table scrolls sideways on a phone (focusable, so keyboard users can scroll it too); what an
  // admin does most comes first, the address last.
  return (
    <>
    <StatusMessage message={done} />
    <div className="vp-table-scroll" role="region" aria-labelledby="mensen-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption vp-visually-hidden" id="mensen-caption">{t("membersCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("colName")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colRole")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colActions")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colEmail")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colTeams")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((member) => (
            <tr className="utrecht-table__row" key={member.id}>
              <th className="utrecht-table__header-cell" scope="row">{member.name}</th>
              <td className="utrecht-table__cell">
                <span className={`vp-badge vp-badge--${member.role}`}>{tApp(roleLabels[member.role])}</span>
                {/* Only the exception is marked, so the narrow table keeps room for the actions. */}
                {!member.active && <> <span className="vp-badge vp-badge--closed">{t("statusInactive")}</span></>}
              </td>
              <td className="utrecht-table__cell"><MemberActions member={member} onChanged={changed} /></td>
              <td className="utrecht-table__cell">{member.email}</td>
              <td className="utrecht-table__cell">
                {member.teamIds.length > 0 ? member.teamIds.map(teamName).join(", ") : <span className="vp-muted">{t("noTeams")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
