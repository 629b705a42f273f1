// Stories shared with a sector that an analyst gathered into this booklet (from the sector page).
// Their tellers agreed to sharing within the sector only, so they stay off the story wall and the PDF.
import { useState } from "react";
import type { Booklet, BookletSharedStory } from "../../contract/booklets.ts";
import { api } from "../toolkit/api.ts";
import { ProblemMessage } from "../toolkit/feedback.tsx";
import { formatMonth } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { excerpt } from "../stories/labels.ts";
import { bookletMessages } from "./messages.ts";

export function SharedStoriesInBooklet({ booklet, onChanged }: { booklet: Booklet; onChanged: () => void }) {
  const t = useT(bookletMessages);
  const { lang } = useLang();
  const [error, setError] = useState<unknown>();
  if (booklet.sharedStories.length === 0) return null;
  const remove = async (story: BookletSharedStory) => {
    setError(undefined);
    try {
      await api(`/booklets/${booklet.id}/shared-stories/${story.id}`, { method: "DELETE" });
      onChanged();
    } catch (problem) {
      setError(problem);
    }
  };
  return (
    <section aria-labelledby="uit-de-sector">
      <h2 className="utrecht-heading-2" id="uit-de-sector">{t("shared")}</h2>
      <p className="utrecht-paragraph">{t("sharedIntro")}</p>
      {error !== undefined && <ProblemMessage error={error} />}
      <ol className="vp-booklet__chosen">
        {booklet.sharedStories.map((story) => {
          const name = story.title ?? t("untitled");
          return (
            <li key={story.id} className="vp-booklet__story" lang={story.language}>
              <span>
                <span className="vp-booklet__title">{name}</span>
                <span className="vp-booklet__excerpt">{excerpt(story.text)}</span>
                <span className="vp-booklet__excerpt" lang="">
                  <Link to={`/sector/${story.sectorId}`}>{story.sectorName}</Link> · {formatMonth(story.month, lang)}
                </span>
              </span>
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => void remove(story)} aria-label={t("remove", { title: name })}>✕</button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
