// The organization's intervisie sessions and the form to start one.
import { Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import type { ListOf } from "../../contract/common.ts";
import { useResource } from "../toolkit/useResource.ts";
import { intervisionMessages } from "./messages.ts";
import { StartSessionForm } from "./StartSessionForm.tsx";
import type { SessionSummary } from "../../contract/intervision.ts";

function SessionTable({ sessions }: { sessions: SessionSummary[] }) {
  const t = useT(intervisionMessages);
  const { lang } = useLang();
  if (sessions.length === 0) return <p className="utrecht-paragraph">{t("none")}</p>;
  return (
    <table className="utrecht-table utrecht-table--html-table vp-table">
      <caption className="utrecht-table__caption vp-visually-hidden">{t("sessionsCaption")}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {(["colTitle", "colStatus", "colStories", "colStarted"] as const).map((key) => (
            <th key={key} className="utrecht-table__header-cell" scope="col">{t(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {sessions.map((s) => (
          <tr key={s.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row"><Link to={`/intervisie/${s.id}`}>{s.title}</Link></th>
            <td className="utrecht-table__cell">{t(s.status)}</td>
            <td className="utrecht-table__cell">{s.storyCount}</td>
            <td className="utrecht-table__cell">{formatDate(s.createdAt, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function IntervisionListPage() {
  const t = useT(intervisionMessages);
  const sessions = useResource<ListOf<SessionSummary>>("/intervision-sessions");
  return (
    <Page title={t("listTitle")} intro={t("listIntro")}>
      <section className="vp-card" aria-labelledby="intervisies">
        <h2 className="utrecht-heading-2" id="intervisies">{t("sessionsCaption")}</h2>
        <Loaded resource={sessions}>{(data) => <SessionTable sessions={data.items} />}</Loaded>
      </section>
      <section className="vp-card" aria-labelledby="nieuwe-intervisie">
        <h2 className="utrecht-heading-2" id="nieuwe-intervisie">{t("startTitle")}</h2>
        <StartSessionForm />
      </section>
    </Page>
  );
}
