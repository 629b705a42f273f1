// One listening point: its details, the ways to share it, and (for admins) opening and closing.
import { type ReactNode, useState } from "react";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Team } from "../../contract/people.ts";
import { useResource } from "../toolkit/useResource.ts";
import { ExportPanel } from "../exports/ExportPanel.tsx";
import { importMessages } from "../imports/messages.ts";
import { patternMessages } from "../patterns/messages.ts";
import { CollectionDetailsForm } from "./CollectionDetailsForm.tsx";
import { audienceLabels } from "./labels.ts";
import { collectionMessages } from "./messages.ts";
import { RoundsSection } from "../rounds/RoundsSection.tsx";
import { SharePanel } from "./SharePanel.tsx";
import { DemoNotice } from "../start/Demo.tsx";
import { StateBadge } from "./StateBadge.tsx";
import { StatePanel } from "./StatePanel.tsx";

export default function CollectionPage({ id }: { id: string }) {
  const t = useT(collectionMessages);
  const p = useT(patternMessages);
  const i = useT(importMessages);
  const { me } = useSession();
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(id)}`);
  const back = { to: "/collections", label: t("listTitle") };
  return (
    <PageFor resource={collection} back={back}>
      {(c) => (
        <Page title={c.name} back={back} actions={
          <>
            <Link to={`/collections/${c.id}/tell`} className="utrecht-button utrecht-button--primary-action vp-button-link">{t("tell")}</Link>
            <Link to={`/stories?collectionId=${c.id}`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("viewStories")}</Link>
            {hasRole(me ?? null, "colleague") && (
              <Link to={`/collections/${c.id}/patterns`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{p("open")}</Link>
            )}
            {hasRole(me ?? null, "analyst") && (
              <Link to={`/collections/${c.id}/import`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{i("title")}</Link>
            )}
          </>
        }>
          {c.demo && <DemoNotice collectionId={c.id} />}
          <div className="vp-columns">
            <div className="vp-stack">
              <Details collection={c} onChanged={collection.reload} />
              {hasRole(me ?? null, "admin") && <StatePanel collection={c} onChanged={collection.reload} />}
              <ExportPanel path={`/collections/${c.id}/exports`} />
            </div>
            <SharePanel collection={c} />
          </div>
          <RoundsSection collection={c} />
        </Page>
      )}
    </PageFor>
  );
}

function Details({ collection: c, onChanged }: { collection: Collection; onChanged: () => void }) {
  const t = useT(collectionMessages);
  const { me } = useSession();
  const { lang } = useLang();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();
  const framework = useResource<Framework>(`/frameworks/${c.frameworkId}`);
  const teams = useResource<ListOf<Team>>(c.teamId ? "/teams" : null);
  const date = (iso: string) => formatDate(iso, lang);
  const period = c.opensAt && c.closesAt ? t("periodBetween", { from: date(c.opensAt), to: date(c.closesAt) })
    : c.opensAt ? t("periodFrom", { date: date(c.opensAt) })
    : c.closesAt ? t("periodUntil", { date: date(c.closesAt) })
    : t("periodAlways");
  const rows: [string, ReactNode][] = [
    [t("detailFramework"), !framework.data ? "…"
      : hasRole(me ?? null, "colleague") ? <Link to={`/frameworks/${c.frameworkId}`}>{framework.data.name}</Link> : framework.data.name],
    [t("detailAudience"), t(audienceLabels[c.audience])],
    [t("detailAccess"), t(c.anonymous ? "anonymousYes" : "anonymousNo")],
    [t("detailPeriod"), <>{period} <StateBadge state={c.state} /></>],
  ];
  if (c.teamId) rows.push([t("detailTeam"), teams.data?.items.find((team) => team.id === c.teamId)?.name ?? "…"]);
  return (
    <section className="vp-card vp-card--stack" aria-labelledby="gegevens">
      <h2 className="utrecht-heading-2" id="gegevens">{t("details")}</h2>
      {editing ? (
        <CollectionDetailsForm collection={c} onCancel={() => setEditing(false)} onSaved={(updated) => {
          setEditing(false);
          setSaved(t("detailsSaved", { name: updated.name }));
          onChanged();
        }} />
      ) : (
        <dl className="vp-details">
          {rows.map(([key, value]) => (
            <div key={key} className="vp-details__row">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <StatusMessage message={saved} />
      {!editing && hasRole(me ?? null, "admin") && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => {
          setSaved(undefined);
          setEditing(true);
        }}>
          {t("changeDetails")}
        </button>
      )}
    </section>
  );
}
