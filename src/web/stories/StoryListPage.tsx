// The stories the person may see, newest first, with search, filters and "Meer laden".
import "./stories.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Loaded, ProblemMessage } from "../toolkit/feedback.tsx";
import { dayBoundary } from "../toolkit/format.ts";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link, useSearchParams } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { Team } from "../../contract/people.ts";
import type { StoryPage } from "../../contract/stories.ts";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { GettingStarted } from "../start/GettingStarted.tsx";
import { storyMessages } from "./messages.ts";
import { type Filters, filtersFrom, StoryFilters } from "./StoryFilters.tsx";
import { StoryList } from "./StoryList.tsx";

const PAGE_SIZE = 25;

const apiQuery = (f: Filters, cursor?: string) => queryString({
  q: f.q.trim(), collectionId: f.collectionId, teamId: f.teamId,
  from: f.from && dayBoundary(f.from, "start"), to: f.to && dayBoundary(f.to, "end"),
  limit: String(PAGE_SIZE), cursor,
});

export default function StoryListPage() {
  const t = useT(storyMessages);
  const { me } = useSession();
  const params = useSearchParams();
  const filters = filtersFrom(params);
  const firstPage = useResource<StoryPage>(`/stories${apiQuery(filters)}`);
  const collections = useResource<ListOf<Collection>>("/collections");
  const teams = useResource<ListOf<Team>>("/teams");
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Page title={t("listTitle")} intro={<p className="utrecht-paragraph">{t(hasRole(me ?? null, "colleague") ? "listIntro" : "listIntroOwn")}</p>}>
      {hasRole(me ?? null, "admin") && <GettingStarted />}
      {/* Re-keyed by the address, so the fields show the search that is in effect after back/forward. */}
      <StoryFilters key={params.toString()} initial={filters} collections={collections.data?.items ?? []} teams={teams.data?.items ?? []} />
      <Loaded resource={firstPage}>
        {(page) => page.items.length === 0 ? (
          <div className="vp-empty">
            <p className="utrecht-paragraph">{t(filtered ? "noneFound" : "none")}</p>
            {!filtered && <p className="utrecht-paragraph">{t("noneHint")} <Link to="/collections">{t("noneHintLink")}</Link></p>}
          </div>
        ) : (
          <MorePages key={params.toString()} first={page} filters={filters} collections={collections.data?.items ?? []} />
        )}
      </Loaded>
    </Page>
  );
}

/** The first page plus the pages loaded with "Meer laden", which start over for a new search. */
function MorePages({ first, filters, collections }: { first: StoryPage; filters: Filters; collections: Collection[] }) {
  const t = useT(storyMessages);
  const [extra, setExtra] = useState<StoryPage[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // After "Meer laden", focus goes to the first new story, so keyboard users read on from there.
  const [focusIndex, setFocusIndex] = useState<number>();
  const items = [first, ...extra].flatMap((p) => p.items);
  const cursor = (extra.at(-1) ?? first).nextCursor;
  const loadMore = async () => {
    if (!cursor || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api<StoryPage>(`/stories${apiQuery(filters, cursor)}`);
      setExtra((pages) => [...pages, next]);
      setFocusIndex(items.length);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <StoryList stories={items} collections={collections} focusIndex={focusIndex} />
      <p className="vp-muted" role="status">{items.length === 1 ? t("shownOne") : t("shown", { count: items.length })}</p>
      {error !== undefined && <ProblemMessage error={error} />}
      {cursor && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action vp-more" aria-disabled={busy || undefined} onClick={loadMore}>
          {t("more")}
        </button>
      )}
    </>
  );
}
