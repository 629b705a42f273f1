// The sector's member organizations on this server, and adding one by the code its admin passed on.
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { SectorMember } from "../../contract/sectors.ts";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { useStatus } from "./useStatus.ts";
import { sectorAdminMessages } from "./messages.ts";

export function MembersSection({ sectorId }: { sectorId: string }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  const members = useResource<ListOf<SectorMember>>(`/sectors/${sectorId}/members`);
  const [code, setCode] = useState("");
  const added = useStatus();
  const add = async () => {
    added.clear();
    await api(`/sectors/${sectorId}/members`, { method: "POST", json: { organizationId: code.trim() } });
    setCode("");
    added.say("memberAdded");
    members.reload();
  };
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="leden">
      <h2 className="utrecht-heading-2" id="leden">{t("membersHeading")}</h2>
      <Loaded resource={members}>
        {({ items }) => (
          <div className="vp-table-scroll vp-sector-wide" role="region" aria-labelledby="leden-caption" tabIndex={0}>
            <table className="utrecht-table utrecht-table--html-table vp-table" data-testid="sector-members">
              <caption className="utrecht-table__caption vp-visually-hidden" id="leden-caption">{t("membersCaption")}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">{t("organization")}</th>
                  <th className="utrecht-table__header-cell" scope="col">{t("joinedAt")}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {items.map((m) => (
                  <tr className="utrecht-table__row" key={m.organizationId}>
                    <th className="utrecht-table__header-cell" scope="row">{m.name}{m.coordinating && ` (${t("coordinator")})`}</th>
                    <td className="utrecht-table__cell">{formatDate(m.joinedAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <h3 className="utrecht-heading-3">{t("addMemberHeading")}</h3>
      <StatusMessage message={added.text} />
      <Form onSubmit={add} submitLabel={t("addMember")} label={t("addMemberHeading")}>
        <TextField name="organizationId" label={t("organizationCode")} description={t("organizationCodeHint")} value={code} onChange={setCode} required
          autoComplete="off" spellCheck={false} />
      </Form>
    </section>
  );
}
