// The audit log (admins): who did what, when, and about what; filtered by kind, older events page by page.
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loading, ProblemMessage } from "../toolkit/feedback.tsx";
import { localeOf } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { auditMessages } from "./messages.ts";
import type { AuditEvent, AuditPage } from "../../contract/audit.ts";


const actions = ["story.read", "export.created", "story.erased", "story.withdrawn", "subject.erased", "retention.purged", "backup.created"] as const;
type Known = (typeof actions)[number];
const isKnown = (action: string): action is Known => (actions as readonly string[]).includes(action);

export default function AuditLogPage() {
  const t = useT(auditMessages);
  const [choice, setChoice] = useState("");
  const [action, setAction] = useState("");
  const [events, setEvents] = useState<AuditEvent[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const load = async (after: string | null, kind: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const query = new URLSearchParams({ limit: "50", ...(kind ? { action: kind } : {}), ...(after ? { cursor: after } : {}) });
      const page = await api<AuditPage>(`/audit-events?${query}`);
      setEvents((previous) => [...(after ? previous ?? [] : []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => void load(null, action), [action]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setEvents(undefined);
    if (choice === action) void load(null, action);
    else setAction(choice);
  };

  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <form className="vp-form vp-form--inline" onSubmit={apply} aria-label={t("filterForm")}>
        <div className="utrecht-form-field vp-field">
          <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="audit-action">{t("filter")}</label></div>
          <div className="utrecht-form-field__input">
            <select id="audit-action" className="utrecht-select utrecht-select--html-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t("filterAll")}</option>
              {actions.map((a) => <option key={a} value={a}>{t(a)}</option>)}
            </select>
          </div>
        </div>
        <div className="vp-form__actions"><button type="submit" className="utrecht-button utrecht-button--secondary-action">{t("apply")}</button></div>
      </form>
      {error !== undefined && <ProblemMessage error={error} onRetry={() => load(null, action)} />}
      {events === undefined ? (error === undefined && <Loading />) : events.length === 0 ? (
        <p className="utrecht-paragraph vp-muted">{t(action ? "emptyFiltered" : "empty")}</p>
      ) : (
        <>
          <div className="vp-table-scroll" tabIndex={0} role="region" aria-label={t("caption")}>
            <table className="vp-table">
              <caption className="vp-visually-hidden">{t("caption")}</caption>
              <thead><tr><th scope="col">{t("when")}</th><th scope="col">{t("who")}</th><th scope="col">{t("what")}</th><th scope="col">{t("about")}</th></tr></thead>
              <tbody>{events.map((e) => <EventRow key={e.id} event={e} />)}</tbody>
            </table>
          </div>
          <p className="vp-muted" role="status">{t("shown", { count: events.length })}</p>
          {cursor && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={busy || undefined} onClick={() => !busy && load(cursor, action)}>
              {t("more")}
            </button>
          )}
        </>
      )}
    </Page>
  );
}

function EventRow({ event: e }: { event: AuditEvent }) {
  const t = useT(auditMessages);
  const { lang } = useLang();
  const when = new Date(e.createdAt).toLocaleString(localeOf(lang), { dateStyle: "medium", timeStyle: "short" });
  const who = e.actorName ?? t(e.action === "story.withdrawn" ? "teller" : "nobody");
  return (
    <tr>
      <td>{when}</td>
      <td>{who}</td>
      <td>{isKnown(e.action) ? t(e.action) : e.action}</td>
      <td><Subject event={e} /></td>
    </tr>
  );
}

/** What the event is about, linked where the thing still has a page, with the detail in words. */
function Subject({ event: e }: { event: AuditEvent }) {
  const t = useT(auditMessages);
  const d = e.detail ?? {};
  const extra: string[] = [];
  if (typeof d.format === "string") extra.push(t("format", { format: d.format.toUpperCase() }));
  for (const key of ["erased", "removed", "stories"] as const) if (typeof d[key] === "number") extra.push(t("count", { count: d[key] as number }));
  if (d.via === "subjectTimeline") extra.push(t("viaTimeline"));
  if (typeof d.sessionId === "string") extra.push(t("viaSession"));
  const pages: Record<string, (id: string) => ReactNode> = {
    story: (id) => (e.action === "story.read" ? <Link to={`/stories/${id}`}>{t("story")}</Link> : t("storyGone")),
    collection: (id) => <Link to={`/collections/${id}`}>{t("collection")}</Link>,
    framework: (id) => <Link to={`/frameworks/${id}`}>{t("framework")}</Link>,
    booklet: (id) => <Link to={`/booklets/${id}`}>{t("booklet")}</Link>,
    subject: () => t("client"),
    instance: () => t("allData"),
  };
  const page = pages[e.subjectType];
  return <>{page && e.subjectId ? page(e.subjectId) : e.subjectType}{extra.length > 0 && ` — ${extra.join(", ")}`}</>;
}
