// Keys for servers elsewhere: issue one (shown once, with this server's address), see them, revoke one.
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { SectorCredential, SectorCredentialSummary } from "../../contract/sectors.ts";
import "../stories/stories.css";
import { api } from "../toolkit/api.ts";
import { Confirm } from "../toolkit/Confirm.tsx";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { useStatus } from "./useStatus.ts";
import { sectorAdminMessages } from "./messages.ts";
import { NewCredential } from "./NewCredential.tsx";

export function CredentialsSection({ sectorId }: { sectorId: string }) {
  const t = useT(sectorAdminMessages);
  const credentials = useResource<ListOf<SectorCredentialSummary>>(`/sectors/${sectorId}/credentials`);
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<SectorCredential>();
  const revoked = useStatus();
  const issue = async () => {
    revoked.clear();
    setIssued(await api<SectorCredential>(`/sectors/${sectorId}/credentials`, { method: "POST", json: { name } }));
    setName("");
    credentials.reload();
  };
  const revoke = async (credential: SectorCredentialSummary) => {
    await api(`/sectors/${sectorId}/credentials/${credential.id}`, { method: "DELETE" });
    if (issued?.id === credential.id) setIssued(undefined);
    revoked.say("revoked", { name: credential.name });
    credentials.reload();
  };
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="sleutels">
      <h2 className="utrecht-heading-2" id="sleutels">{t("credentialsHeading")}</h2>
      <p className="utrecht-paragraph">{t("credentialsIntro")}</p>
      {issued && <NewCredential credential={issued} />}
      <StatusMessage message={revoked.text} />
      <Loaded resource={credentials}>{({ items }) => <CredentialTable credentials={items} onRevoke={revoke} />}</Loaded>
      <h3 className="utrecht-heading-3">{t("issueHeading")}</h3>
      <Form onSubmit={issue} submitLabel={t("issue")} label={t("issueHeading")}>
        <TextField name="name" label={t("issueName")} description={t("issueNameHint")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
      </Form>
    </section>
  );
}

function CredentialTable({ credentials, onRevoke }: { credentials: SectorCredentialSummary[]; onRevoke: (c: SectorCredentialSummary) => Promise<void> }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  if (credentials.length === 0) return <p className="utrecht-paragraph vp-muted">{t("credentialsEmpty")}</p>;
  return (
    <div className="vp-table-scroll vp-sector-wide" role="region" aria-labelledby="sleutels-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table" data-testid="sector-credentials">
        <caption className="utrecht-table__caption vp-visually-hidden" id="sleutels-caption">{t("credentialsCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("issuedTo")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("issuedAt")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("state")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("action")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {credentials.map((c) => (
            <tr className="utrecht-table__row" key={c.id}>
              <th className="utrecht-table__header-cell" scope="row">{c.name}</th>
              <td className="utrecht-table__cell">{formatDate(c.createdAt, lang)}</td>
              <td className="utrecht-table__cell">{t(c.revoked ? "stateRevoked" : c.registered ? "stateActive" : "stateWaiting")}</td>
              <td className="utrecht-table__cell">
                {!c.revoked && (
                  <Confirm label={t("revoke")} accessibleLabel={t("revokeLabel", { name: c.name })} question={t("revokeConfirm", { name: c.name })}
                    yes={t("revokeYes")} no={t("no")} onConfirm={() => onRevoke(c)} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
