// The patterns of a scope (one collection, or every collection of a framework): filters, a chart per
// question (select a bar or an area to read its stories), what works, and the patterns discovered.
// With an event stream, new stories arrive by server-sent events and every part reloads within moments.
import "./dashboard.css";
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { Loaded } from "../app/feedback.tsx";
import { localeOf } from "../app/format.ts";
import { useLang, useT } from "../app/i18n.tsx";
import type { Framework, ListOf, Team } from "../app/types.ts";
import { useResource } from "../app/useResource.ts";
import { ChartCard } from "./ChartCard.tsx";
import { DashboardFilters } from "./DashboardFilters.tsx";
import { DiscoverySection } from "./DiscoveryTable.tsx";
import { ExportPanel } from "../exports/ExportPanel.tsx";
import { type DashboardFilter, type DashboardScope, noFilter, patternQuery, scopePath, type Selection } from "./filters.ts";
import { patternMessages } from "./messages.ts";
import { charted } from "./rows.ts";
import { SelectionStories } from "./SelectionStories.tsx";
import { useLiveVersion } from "../app/live.ts";
import type { ListeningRound } from "./types.ts";
import { WhatWorksSection } from "./WhatWorksTable.tsx";

/** Events after which the dashboard's numbers may have changed. */
const STORY_CHANGES = ["story.created", "stories.imported", "story.erased"];

interface DashboardProps {
  scope: DashboardScope;
  frameworkId: string;
  /** The event stream that keeps the dashboard live, if the scope has one. */
  eventsPath?: string;
  /** The collection's listening rounds, offered as a filter. */
  rounds?: ListeningRound[];
  /** Offer the audience filter (professionals or clients): across a framework's collections. */
  byAudience?: boolean;
}

export function Dashboard({ scope, frameworkId, eventsPath, rounds = [], byAudience = false }: DashboardProps) {
  const framework = useResource<Framework>(`/frameworks/${encodeURIComponent(frameworkId)}`);
  const teams = useResource<ListOf<Team>>("/teams");
  const live = useLiveVersion(eventsPath, STORY_CHANGES);
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
          {eventsPath && <LiveStatus updatedAt={live.updatedAt} />}
          <DashboardFilters initial={filter} signifiers={f.signifiers} teams={teams.data?.items ?? []} rounds={rounds} byAudience={byAudience} onApply={apply} />
          <Charts scope={scope} signifiers={charted(f.signifiers)} filter={filter} version={live.version} selection={selection} onSelect={setSelection} />
          {selection && (
            <SelectionStories scope={scope} filter={filter} selection={selection} version={live.version} onClear={() => setSelection(undefined)}
              round={rounds.find((r) => r.id === filter.roundId)} />
          )}
          <WhatWorksSection scope={scope} signifiers={f.signifiers} filter={filter} version={live.version} />
          <DiscoverySection scope={scope} signifiers={f.signifiers} filter={filter} version={live.version} />
          <ExportPanel path={`${scopePath(scope)}/exports`} query={patternQuery(filter)} filtered />
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
  scope: DashboardScope;
  signifiers: Signifier[];
  filter: DashboardFilter;
  version: number;
  selection?: Selection;
  onSelect: (selection: Selection) => void;
}

function Charts({ scope, signifiers, filter, version, selection, onSelect }: ChartsProps) {
  const t = useT(patternMessages);
  return (
    <section aria-labelledby="verdelingen" className="vp-stack">
      <h2 className="utrecht-heading-2" id="verdelingen">{t("distributions")}</h2>
      <div className="vp-dashboard__charts">
        {signifiers.map((s) => (
          <ChartCard key={s.id} scope={scope} signifier={s} filter={filter} version={version} selection={selection} onSelect={onSelect} />
        ))}
      </div>
    </section>
  );
}
