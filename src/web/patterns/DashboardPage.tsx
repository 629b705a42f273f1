// The patterns of one collection, live: filters, a chart per question (select a bar or an area to
// read its stories), what works, and the patterns discovered. New stories arrive by server-sent
// events and every part reloads within moments.
import "./dashboard.css";
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { Loaded } from "../app/feedback.tsx";
import { localeOf } from "../app/format.ts";
import { useLang, useT } from "../app/i18n.tsx";
import { Page, PageFor } from "../app/Page.tsx";
import { Link } from "../app/router.tsx";
import type { Collection, Framework, ListOf, Team } from "../app/types.ts";
import { useResource } from "../app/useResource.ts";
import { ChartCard } from "./ChartCard.tsx";
import { DashboardFilters } from "./DashboardFilters.tsx";
import { DiscoverySection } from "./DiscoveryTable.tsx";
import { type DashboardFilter, noFilter, type Selection } from "./filters.ts";
import { patternMessages } from "./messages.ts";
import { charted } from "./rows.ts";
import { SelectionStories } from "./SelectionStories.tsx";
import { useLiveVersion } from "../app/live.ts";
import type { ListeningRound } from "./types.ts";
import { WhatWorksSection } from "./WhatWorksTable.tsx";

/** Events after which the dashboard's numbers may have changed. */
const COLLECTION_CHANGES = ["story.created", "stories.imported", "story.erased"];

export default function DashboardPage({ id }: { id: string }) {
  const t = useT(patternMessages);
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(id)}`);
  const back = { to: `/collections/${encodeURIComponent(id)}`, label: t("back") };
  return (
    <PageFor resource={collection} back={back}>
      {(c) => (
        <Page title={t("title", { name: c.name })} back={{ ...back, label: c.name }} intro={<p className="utrecht-paragraph">{t("intro")}</p>}
          actions={<Link to={`/collections/${encodeURIComponent(c.id)}/periods`} className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("comparePeriods")}</Link>}>
          <Dashboard collection={c} />
        </Page>
      )}
    </PageFor>
  );
}

function Dashboard({ collection }: { collection: Collection }) {
  const framework = useResource<Framework>(`/frameworks/${encodeURIComponent(collection.frameworkId)}`);
  const teams = useResource<ListOf<Team>>("/teams");
  const rounds = useResource<ListOf<ListeningRound>>(`/collections/${encodeURIComponent(collection.id)}/listening-rounds`);
  const live = useLiveVersion(`/collections/${encodeURIComponent(collection.id)}/events`, COLLECTION_CHANGES);
  const [filter, setFilter] = useState<DashboardFilter>(noFilter);
  const [selection, setSelection] = useState<Selection>();
  const apply = (next: DashboardFilter) => {
    setFilter(next);
    setSelection(undefined);
  };
  return (
    <Loaded resource={framework}>
      {(f) => (
        <div className="vp-stack vp-dashboard">
          <LiveStatus updatedAt={live.updatedAt} />
          <DashboardFilters initial={filter} signifiers={f.signifiers} teams={teams.data?.items ?? []}
            rounds={rounds.data?.items ?? []} onApply={apply} />
          <Charts collection={collection} signifiers={charted(f.signifiers)} filter={filter} version={live.version} selection={selection} onSelect={setSelection} />
          {selection && (
            <SelectionStories collectionId={collection.id} filter={filter} selection={selection} version={live.version} onClear={() => setSelection(undefined)}
              round={rounds.data?.items.find((r) => r.id === filter.roundId)} />
          )}
          <WhatWorksSection collectionId={collection.id} signifiers={f.signifiers} filter={filter} version={live.version} />
          <DiscoverySection collectionId={collection.id} signifiers={f.signifiers} filter={filter} version={live.version} />
        </div>
      )}
    </Loaded>
  );
}

function LiveStatus({ updatedAt }: { updatedAt?: Date }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  return (
    <p className="vp-muted vp-dashboard__live" role="status">
      {t("live")} {updatedAt && t("updatedAt", { time: updatedAt.toLocaleTimeString(localeOf(lang)) })}
    </p>
  );
}

interface ChartsProps {
  collection: Collection;
  signifiers: Signifier[];
  filter: DashboardFilter;
  version: number;
  selection?: Selection;
  onSelect: (selection: Selection) => void;
}

function Charts({ collection, signifiers, filter, version, selection, onSelect }: ChartsProps) {
  const t = useT(patternMessages);
  return (
    <section aria-labelledby="verdelingen" className="vp-stack">
      <h2 className="utrecht-heading-2" id="verdelingen">{t("distributions")}</h2>
      <div className="vp-dashboard__charts">
        {signifiers.map((s) => (
          <ChartCard key={s.id} collectionId={collection.id} signifier={s} filter={filter} version={version} selection={selection} onSelect={onSelect} />
        ))}
      </div>
    </section>
  );
}
