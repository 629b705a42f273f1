// A listening round's personal invitations: analysts paste or upload the addresses, check the list
// (every unusable line is named), send, and pass links on themselves where no mail went out;
// colleagues and up see the response per day.
import "./rounds.css";
import "@utrecht/table-css/dist/index.css";
import { useState } from "react";
import { api, ApiError } from "../toolkit/api.ts";
import { Alert, Loaded, ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { SelectField, TextAreaField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection, ListeningRound as Round } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { InvitationOutcome as Outcome, InvitationPreview as Preview, RoundResponse } from "../../contract/round-invitations.ts";
import { useResource } from "../toolkit/useResource.ts";
import { invitationMessages } from "./invitationMessages.ts";
import { ResponseTable } from "./ResponseTable.tsx";

export default function InvitationsPage({ collectionId, roundId }: { collectionId: string; roundId: string }) {
  const t = useT(invitationMessages);
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(collectionId)}`);
  const rounds = useResource<ListOf<Round>>(`/collections/${encodeURIComponent(collectionId)}/listening-rounds`);
  const base = `/collections/${encodeURIComponent(collectionId)}/listening-rounds/${encodeURIComponent(roundId)}`;
  const response = useResource<RoundResponse>(`${base}/invitation-response`);
  const { me } = useSession();
  const round = rounds.data?.items.find((r) => r.id === roundId);
  return (
    <Page title={t("title", { name: round?.name ?? "…" })} back={{ to: `/collections/${collectionId}`, label: t("back") }}
      intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <Loaded resource={rounds}>
        {() => !round ? <Alert type="warning">{t("notFound")}</Alert> : (
          <>
            {collection.data && !collection.data.anonymous && <Alert type="info">{t("noPublicForm")}</Alert>}
            <p className="utrecht-paragraph">{round.reminderAfterDays ? t("reminder", { days: round.reminderAfterDays }) : t("noReminder")}</p>
            {hasRole(me ?? null, "analyst") && collection.data?.anonymous && (
              round.state === "closed" ? <p className="utrecht-paragraph vp-muted">{t("closedNote")}</p>
                : <InviteForm path={`${base}/invitations`} onSent={response.reload} />
            )}
          </>
        )}
      </Loaded>
      <section className="vp-section vp-stack vp-response-section" aria-labelledby="respons">
        <h2 className="utrecht-heading-2" id="respons">{t("responseHeading")}</h2>
        <Loaded resource={response}>{(r) => <ResponseTable response={r} />}</Loaded>
      </section>
    </Page>
  );
}

/** The server names bad lines "list.<line>"; the form shows them all at the list field. */
const atListField = (error: unknown) => error instanceof ApiError && error.invalidParams.length > 0
  ? new ApiError(error.status, error.title, error.detail, error.invalidParams.map((p) => ({ ...p, name: p.name.startsWith("list") ? "list" : p.name })), error.code)
  : error;

function InviteForm({ path, onSent }: { path: string; onSent: () => void }) {
  const t = useT(invitationMessages);
  const { lang } = useLang();
  const [list, setList] = useState("");
  const [mailLang, setMailLang] = useState<string>(lang);
  const [preview, setPreview] = useState<Preview>();
  const [outcome, setOutcome] = useState<Outcome>();
  const send = async <T,>(dryRun: boolean) => {
    try {
      return await api<T>(path, { method: "POST", json: { list, lang: mailLang, dryRun } });
    } catch (error) {
      throw atListField(error);
    }
  };
  const check = async () => {
    setOutcome(undefined);
    setPreview(await send<Preview>(true));
  };
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<unknown>();
  const invite = async () => {
    if (busy) return;
    setBusy(true);
    setSendError(undefined);
    try {
      const done = await send<Outcome>(false);
      setPreview(undefined);
      setOutcome(done);
      setList("");
      onSent();
    } catch (error) {
      setSendError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="vp-section vp-stack" aria-labelledby="uitnodigen">
      <h2 className="utrecht-heading-2" id="uitnodigen">{t("inviteHeading")}</h2>
      <Form onSubmit={check} submitLabel={t("check")} label={t("inviteHeading")}>
        <div className="utrecht-form-field vp-field">
          <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="uitnodigingen-bestand">{t("file")}</label></div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id="uitnodigingen-bestand-hint">{t("fileHint")}</div>
          <div className="utrecht-form-field__input">
            <input id="uitnodigingen-bestand" type="file" accept=".csv,.txt,text/csv,text/plain" aria-describedby="uitnodigingen-bestand-hint"
              onChange={(e) => void e.target.files?.[0]?.text().then((text) => { setList(text); setPreview(undefined); })} />
          </div>
        </div>
        <TextAreaField name="list" label={t("list")} description={t("listHint")} value={list} required rows={8}
          onChange={(value) => { setList(value); setPreview(undefined); }} spellCheck={false} />
        <SelectField name="lang" label={t("mailLang")} value={mailLang} onChange={setMailLang}
          options={[{ value: "nl", label: t("dutch") }, { value: "en", label: t("english") }]} />
      </Form>
      {preview && (
        <div className="vp-card vp-card--stack" role="status">
          <h3 className="utrecht-heading-3">{t("previewHeading")}</h3>
          {preview.invitees === 0 ? <p className="utrecht-paragraph">{t("nothingNew")}</p> : (
            <p className="utrecht-paragraph">{t("preview", { count: preview.invitees, withRef: preview.withClientRef })}</p>
          )}
          {preview.alreadyInvited > 0 && <p className="utrecht-paragraph">{t("previewAlready", { count: preview.alreadyInvited })}</p>}
          {!preview.mail && <p className="utrecht-paragraph">{t("previewNoMail")}</p>}
          {preview.invitees > 0 && (
            <p className="vp-button-row">
              <button type="button" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined} onClick={() => void invite()}>{t("send")}</button>
            </p>
          )}
          {sendError !== undefined && <ProblemMessage error={sendError} />}
        </div>
      )}
      <StatusMessage message={outcome && t("sent", { count: outcome.invited, mailed: outcome.mailed })} />
      {outcome && outcome.links.length > 0 && <HandedLinks links={outcome.links} />}
    </section>
  );
}

function HandedLinks({ links }: { links: Outcome["links"] }) {
  const t = useT(invitationMessages);
  return (
    <section className="vp-stack" aria-labelledby="links-doorgeven">
      <h3 className="utrecht-heading-3" id="links-doorgeven">{t("linksHeading")}</h3>
      <p className="utrecht-paragraph">{t("linksIntro")}</p>
      <div className="vp-table-scroll" role="region" aria-labelledby="links-doorgeven" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t("email")}</th>
              <th className="utrecht-table__header-cell" scope="col">{t("link")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {links.map((l) => (
              <tr key={l.email} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{l.email}</th>
                <td className="utrecht-table__cell vp-round__link"><code>{l.link}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
