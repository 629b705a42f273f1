// One intervisie session as every participant sees it: the stories one below the other, each with
// everyone's readings drawn together and one's own reading to place; new readings arrive live
// (server-sent events). The facilitator also gets the join link with QR code and closes the session.
import "../interpretations/interpretations.css";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useLiveVersion, useRefresh } from "../toolkit/live.ts";
import { Page, PageFor } from "../toolkit/Page.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { InterpretationForm } from "../interpretations/InterpretationForm.tsx";
import { Readings } from "../interpretations/Readings.tsx";
import { CloseSessionForm } from "./CloseSessionForm.tsx";
import { intervisionMessages } from "./messages.ts";
import type { Session } from "../../contract/intervision.ts";

/** A participant placed, changed or withdrew a reading, or the facilitator closed the session. */
const SESSION_CHANGES = ["interpretation.created", "interpretation.updated", "interpretation.withdrawn", "session.closed"];

function JoinPanel({ session }: { session: Session }) {
  const t = useT(intervisionMessages);
  return (
    <section className="vp-card" aria-labelledby="meedoen">
      <h2 className="utrecht-heading-2" id="meedoen">{t("joinTitle")}</h2>
      <p className="utrecht-paragraph">{t("joinIntro")}</p>
      <p className="vp-share__link"><a href={session.joinUrl}>{session.joinUrl}</a></p>
      <img className="vp-share__qr" src={`/api/v1/intervision-sessions/${session.id}/qr-code`} alt={t("qrAlt", { url: session.joinUrl })} width={200} height={200} />
    </section>
  );
}

function StoryInSession({ session, index, framework, onPlaced }: { session: Session; index: number; framework: Framework; onPlaced: () => void }) {
  const t = useT(intervisionMessages);
  const story = session.stories[index]!;
  const headingId = `verhaal-${index + 1}`;
  return (
    <article className="vp-card vp-session-story" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>{t("storyN", { n: index + 1, total: session.stories.length })}</h2>
      <div className="vp-story__text" lang={story.language}>{story.text}</div>
      <Readings signifiers={framework.signifiers} tellerAnswers={story.answers} readings={session.placements.filter((p) => p.storyId === story.id)} />
      {session.status === "open" && (
        <details className="vp-session-story__place">
          <summary>{t("placeTitle")}</summary>
          <InterpretationForm storyId={story.id} signifiers={framework.signifiers} sessionId={session.id} onSaved={onPlaced}
            mine={session.placements.find((p) => p.storyId === story.id && p.mine)} />
        </details>
      )}
    </article>
  );
}

function Outcome({ session }: { session: Session }) {
  const t = useT(intervisionMessages);
  const { lang } = useLang();
  const number = (storyId: string) => session.stories.findIndex((s) => s.id === storyId) + 1;
  return (
    <section className="vp-card" aria-labelledby="uitkomst">
      <h2 className="utrecht-heading-2" id="uitkomst">{t("conclusions")}</h2>
      <p className="utrecht-paragraph vp-muted">{t("closedAt", { date: formatDate(session.closedAt!, lang) })}</p>
      <p className="utrecht-paragraph vp-pre-line">{session.conclusions}</p>
      <h3 className="utrecht-heading-3">{t("actions")}</h3>
      {session.actions.length === 0 ? <p className="utrecht-paragraph">{t("actionsNone")}</p> : (
        <ul>{session.actions.map((a) => <li key={a.id}>{a.text} ({t("storyLabel", { n: number(a.storyId) })})</li>)}</ul>
      )}
    </section>
  );
}

function SessionBody({ session, reload, updates }: { session: Session; reload: () => void; updates: number }) {
  const t = useT(intervisionMessages);
  const framework = useResource<Framework>(session.stories[0] ? `/frameworks/${session.stories[0].frameworkId}` : null);
  return (
    <div className="vp-stack">
      <p className="utrecht-paragraph">{t("facilitator", { name: session.facilitatorName ?? "" })} · {t(session.status)}</p>
      {session.status === "open" && <p className="utrecht-paragraph vp-muted">{t("live")}</p>}
      <p role="status" className="vp-visually-hidden">{updates > 0 ? t("updated") : ""}</p>
      {session.facilitatedByMe && session.status === "open" && <JoinPanel session={session} />}
      {framework.data && session.stories.map((s, index) => (
        <StoryInSession key={s.id} session={session} index={index} framework={framework.data!} onPlaced={reload} />
      ))}
      {session.status === "closed" && <Outcome session={session} />}
      {session.facilitatedByMe && session.status === "open" && (
        <section className="vp-card" aria-labelledby="afsluiten">
          <h2 className="utrecht-heading-2" id="afsluiten">{t("closeTitle")}</h2>
          <CloseSessionForm session={session} onClosed={reload} />
        </section>
      )}
    </div>
  );
}

export default function IntervisionPage({ id }: { id: string }) {
  const t = useT(intervisionMessages);
  const session = useResource<Session>(`/intervision-sessions/${encodeURIComponent(id)}`);
  const { version: updates } = useLiveVersion(`/intervision-sessions/${encodeURIComponent(id)}/events`, SESSION_CHANGES);
  useRefresh(session.reload, updates);
  const back = { to: "/intervisie", label: t("listTitle") };
  return (
    <PageFor resource={session} back={back}>
      {(s) => (
        <Page title={s.title} back={back}>
          <SessionBody session={s} reload={session.reload} updates={updates} />
        </Page>
      )}
    </PageFor>
  );
}
