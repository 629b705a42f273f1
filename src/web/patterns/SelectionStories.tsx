// The stories inside the bar or area someone selected, under the dashboard's filters: the story list
// with the same answer conditions the chart counted with. Focus moves to the heading, so keyboard
// and screen reader users land on the result.
import { useEffect, useRef } from "react";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { StoryPage } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { StoryList } from "../stories/StoryList.tsx";
import { type DashboardFilter, type DashboardScope, type RoundPeriod, type Selection, selectionStoriesQuery } from "./filters.ts";
import { patternMessages } from "./messages.ts";
import { useRefresh } from "../toolkit/live.ts";

const SHOWN = 25;

interface SelectionStoriesProps {
  scope: DashboardScope;
  filter: DashboardFilter;
  selection: Selection;
  /** The listening round the filter names, if any. */
  round?: RoundPeriod;
  version: number;
  onClear: () => void;
}

export function SelectionStories({ scope, filter, selection, round, version, onClear }: SelectionStoriesProps) {
  const t = useT(patternMessages);
  const page = useResource<StoryPage>(`/stories${selectionStoriesQuery(scope, filter, selection, round, SHOWN)}`);
  useRefresh(page.reload, version);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [selection.key]);
  return (
    <section className="vp-card vp-stack vp-selection" aria-labelledby="selectie">
      <h2 className="utrecht-heading-2" id="selectie" tabIndex={-1} ref={heading}>{t("selectionTitle")}</h2>
      <p className="utrecht-paragraph">{t("selectionLabel", { label: selection.label, count: selection.count })}</p>
      <Loaded resource={page}>
        {(p) => p.items.length === 0 ? <p className="utrecht-paragraph">{t("selectionNone")}</p> : (
          <>
            <StoryList stories={p.items} collections={[]} />
            {p.nextCursor && <p className="vp-muted">{t("selectionMore", { shown: p.items.length })}</p>}
          </>
        )}
      </Loaded>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onClear}>{t("clearSelection")}</button>
    </section>
  );
}
