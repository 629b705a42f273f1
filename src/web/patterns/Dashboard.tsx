// The patterns of a scope (one collection, or every collection of a framework): filters, a chart per
// question (select a bar or an area to read its stories), what works, the patterns discovered, and
// two choice questions side by side (a discovered pattern opens its pair there). Analysts record a
// follow-up on a pattern from what works, a discovery or the table, on a collection's dashboard.
// With an event stream, new stories arrive by server-sent events and every part reloads within moments.
// The framework and every chart come in one request that starts from the URL alone, beside the page's
// own; the event stream opens once they are in, so it never holds a connection the first view needs.
import "./dashboard.css";
import { type ReactNode, useRef, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { localeOf } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Team } from "../../contract/people.ts";
import { type Resource, useResource } from "../toolkit/useResource.ts";
import { ChartCard } from "./ChartCard.tsx";
import { DashboardFilters } from "./DashboardFilters.tsx";
import { DiscoverySection } from "./DiscoveryTable.tsx";
import { ExportPanel } from "../exports/ExportPanel.tsx";
import { type DashboardFilter, type DashboardScope, noFilter, patternQuery, scopePath, type Selection } from "./filters.ts";
import { patternMessages } from "./messages.ts";
import { charted } from "./rows.ts";
import { SelectionStories } from "./SelectionStories.tsx";
import { useLiveVersion, useRefresh } from "../toolkit/live.ts";
import type { ListeningRound } from "../../contract/collections.ts";
import type { Distribution } from "../../contract/patterns.ts";
import { WhatWorksSection } from "./WhatWorksTable.tsx";
import { CrosstabSection, type PairRequest } from "../crosstabs/CrosstabSection.tsx";
import { choicePairOf, choicesOf } from "../crosstabs/crosstab.ts";
import { discoveryDraft, type PatternDraft, patternFollowUpPath } from "../pattern-follow-ups/pattern.ts";
import { hasRole, useSession } from "../toolkit/session.tsx";

/** Events after which the dashboard's numbers may have changed. */
const STORY_CHANGES = ["story.created", "stories.imported", "story.erased"];

/** GET …/dashboard: the framework and the distribution of every charted question, in its order. */
interface DashboardView {
  framework: Framework;
  distributions: Distribution[];
}

interface DashboardProps {
  scope: DashboardScope;
  /** The event stream that keeps the dashboard live, if the scope has one. */
  eventsPath?: string;
  /** The collection's listening rounds, offered as a filter. */
  rounds?: ListeningRound[];
  /** Offer the audience filter (professionals or clients): across a framework's collections. */
  byAudience?: boolean;
  /** The page around the dashboard (it loads its own title meanwhile, in parallel). */
  children: (dashboard: ReactNode) => ReactNode;
}

export function Dashboard({ scope, eventsPath, rounds = [], byAudience = false, children }: DashboardProps) {
  const [filter, setFilter] = useState<DashboardFilter>(noFilter);
  const view = useResource<DashboardView>(`${scopePath(scope)}/dashboard${patternQuery(filter)}`);
  const framework = useKept(view.data?.framework);
  const teams = useResource<ListOf<Team>>("/teams");
  const live = useLiveVersion(framework && eventsPath, STORY_CHANGES);
  useRefresh(view.reload, live.version);
  const [selection, setSelection] = useState<Selection>();
  const [pairRequest, setPairRequest] = useState<PairRequest>();
  const { me } = useSession();
  const apply = (next: DashboardFilter) => {
    setFilter(next);
    setSelection(undefined);
  };
  const f = framework;
  if (!f) return children(<Loaded resource={view}>{() => null}</Loaded>);
  // Follow-ups go to the stories of one collection, and take an analyst (policy: analysis:read).
  const followUpPath = scope.kind === "collection" && hasRole(me ?? null, "analyst") ? (draft: PatternDraft) => patternFollowUpPath(scope.id, draft) : undefined;
  const choices = choicesOf(f.signifiers);
  const crosstabOf = (a: string, b: string) => {
    const pair = choicePairOf(choices, a, b);
    return pair && (() => setPairRequest({ pair, at: Date.now() }));
  };
  const followUpOf = (a: string, b: string) => {
    const draft = followUpPath && discoveryDraft(f.signifiers, [a, b]);
    return draft && followUpPath!(draft);
  };
  return children(
    <div className="vp-stack vp-dashboard">
      {eventsPath && <LiveStatus updatedAt={live.updatedAt} />}
      <DashboardFilters initial={filter} signifiers={f.signifiers} teams={teams.data?.items ?? []} rounds={rounds} byAudience={byAudience} onApply={apply} />
      <Charts signifiers={charted(f.signifiers)} view={view} selection={selection} onSelect={setSelection} />
      {selection && (
        <SelectionStories scope={scope} filter={filter} selection={selection} version={live.version} onClear={() => setSelection(undefined)}
          round={rounds.find((r) => r.id === filter.roundId)} />
      )}
      <WhatWorksSection scope={scope} signifiers={f.signifiers} filter={filter} version={live.version} followUpPath={followUpPath} />
      <DiscoverySection scope={scope} signifiers={f.signifiers} filter={filter} version={live.version} crosstabOf={crosstabOf} followUpOf={followUpOf} />
      <CrosstabSection scope={scope} signifiers={f.signifiers} filter={filter} version={live.version} request={pairRequest}
        followUpPath={followUpPath && ((questions) => followUpPath(Object.fromEntries(questions.map((id) => [id, ""]))))} />
      <ExportPanel path={`${scopePath(scope)}/exports`} query={patternQuery(filter)} filtered />
    </div>,
  );
}

/** The last value that was defined: the framework stays while another filter's answer loads. */
function useKept<T>(value: T | undefined): T | undefined {
  const kept = useRef(value);
  if (value !== undefined) kept.current = value;
  return kept.current;
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
  signifiers: Signifier[];
  view: Resource<DashboardView>;
  selection?: Selection;
  onSelect: (selection: Selection) => void;
}

function Charts({ signifiers, view, selection, onSelect }: ChartsProps) {
  const t = useT(patternMessages);
  return (
    <section aria-labelledby="verdelingen" className="vp-stack">
      <h2 className="utrecht-heading-2" id="verdelingen">{t("distributions")}</h2>
      <div className="vp-dashboard__charts">
        {signifiers.map((s) => (
          <ChartCard key={s.id} signifier={s} selection={selection} onSelect={onSelect}
            distribution={{ ...view, data: view.data?.distributions.find((d) => d.signifierId === s.id) }} />
        ))}
      </div>
    </section>
  );
}
