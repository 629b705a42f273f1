// A collection's listening rounds: each with its period, state, link, QR code and poster; admins
// create rounds, change them and close them now.
import "./rounds.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded, ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection, ListeningRound } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import { useResource } from "../toolkit/useResource.ts";
import { Link } from "../toolkit/router.tsx";
import { StateBadge } from "../collections/StateBadge.tsx";
import { lastDayOf } from "./dates.ts";
import { roundMessages } from "./messages.ts";
import { RoundForm } from "./RoundForm.tsx";


export function RoundsSection({ collection: c }: { collection: Collection }) {
  const t = useT(roundMessages);
  const { me } = useSession();
  const rounds = useResource<ListOf<ListeningRound>>(`/collections/${encodeURIComponent(c.id)}/listening-rounds`);
  const [message, setMessage] = useState<string>();
  const isAdmin = hasRole(me ?? null, "admin");
  const seesResponse = hasRole(me ?? null, "colleague");
  const changed = (text: string) => {
    setMessage(text);
    rounds.reload();
  };
  return (
    <section className="vp-section vp-stack" aria-labelledby="rondes">
      <h2 className="utrecht-heading-2" id="rondes">{t("heading")}</h2>
      <p className="utrecht-paragraph">{t("intro")}</p>
      {!c.anonymous && <p className="utrecht-paragraph vp-muted">{t("noPublicLink")}</p>}
      <StatusMessage message={message} />
      <Loaded resource={rounds}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("empty")}</p> : (
          <ul className="vp-rounds">
            {items.map((round) => <RoundItem key={round.id} collection={c} round={round} isAdmin={isAdmin} seesResponse={seesResponse} onChanged={changed} />)}
          </ul>
        )}
      </Loaded>
      {isAdmin && (
        <div className="vp-card vp-card--stack">
          <h3 className="utrecht-heading-3">{t("newHeading")}</h3>
          <RoundForm collectionId={c.id} onSaved={(r) => changed(t("created", { name: r.name }))} />
        </div>
      )}
    </section>
  );
}

interface RoundItemProps {
  collection: Collection;
  round: ListeningRound;
  isAdmin: boolean;
  /** Colleagues and up see the round's personal invitations and response. */
  seesResponse: boolean;
  onChanged: (message: string) => void;
}

function RoundItem({ collection: c, round, isAdmin, seesResponse, onChanged }: RoundItemProps) {
  const t = useT(roundMessages);
  const { lang } = useLang();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>();
  const base = `/api/v1/collections/${c.id}/listening-rounds/${round.id}`;
  const close = async () => {
    setError(undefined);
    try {
      await api(`/collections/${c.id}/listening-rounds/${round.id}`, { method: "PATCH", json: { endsAt: new Date().toISOString() } });
      onChanged(t("closed", { name: round.name }));
    } catch (caught) {
      setError(caught);
    }
  };
  const headingId = `ronde-${round.id}`;
  return (
    <li className="vp-card vp-round">
      <div className="vp-stack">
        <h3 className="utrecht-heading-3 vp-round__title" id={headingId}>{round.name} <StateBadge state={round.state} /></h3>
        <p className="utrecht-paragraph">{t("period", { from: formatDate(round.startsAt, lang), to: formatDate(lastDayOf(round.endsAt).toISOString(), lang) })}</p>
        {c.anonymous && (
          <>
            <p className="vp-round__link"><a href={round.publicUrl}>{round.publicUrl}</a></p>
            <div className="vp-button-row">
              <a href={`${base}/poster`} download className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("poster")}</a>
              <a href={`${base}/qr-code`} download={`ronde-${round.slug}.svg`}>{t("qrDownload")}</a>
              {seesResponse && <Link to={`/collections/${c.id}/rounds/${round.id}`} aria-label={t("invitationsOf", { name: round.name })}>{t("invitations")}</Link>}
            </div>
          </>
        )}
        {error !== undefined && <ProblemMessage error={error} />}
        {isAdmin && !editing && (
          <div className="vp-button-row">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(true)} aria-label={t("change", { name: round.name })}>
              {t("changeShort")}
            </button>
            {round.state === "open" && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>{t("closeNow")}</button>}
          </div>
        )}
        {editing && (
          <RoundForm collectionId={c.id} round={round} onCancel={() => setEditing(false)}
            onSaved={(r) => {
              setEditing(false);
              onChanged(t("saved", { name: r.name }));
            }} />
        )}
      </div>
      {c.anonymous && <img className="vp-round__qr" src={`${base}/qr-code`} alt={t("qrAlt", { name: round.name, url: round.publicUrl })} width={128} height={128} />}
    </li>
  );
}
