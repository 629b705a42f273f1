import { useEffect, useRef } from "react";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { StoryListItem } from "../../contract/stories.ts";
import { channelLabels, languageName, shownHeading, storyHeading } from "./labels.ts";
import { storyMessages } from "./messages.ts";

interface StoryListProps {
  stories: StoryListItem[];
  collections: Collection[];
  /** Index of a story link to focus (the first of a newly loaded page). */
  focusIndex?: number;
}

export function StoryList({ stories, collections, focusIndex }: StoryListProps) {
  const t = useT(storyMessages);
  const { lang } = useLang();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusIndex !== undefined) list.current?.querySelectorAll<HTMLElement>(".vp-list__title-link")[focusIndex]?.focus();
  }, [focusIndex]);
  const collectionName = (id: string) => collections.find((c) => c.id === id)?.name;
  return (
    <ul className="vp-list" ref={list}>
      {stories.map((story) => {
        const heading = storyHeading(story);
        const excerpt = story.title?.trim() ? storyHeading({ title: null, text: story.text }, 30) : undefined;
        return (
          <li key={story.id} className="vp-list__item">
            <Link to={`/stories/${story.id}`} className="vp-list__title-link" lang={story.language}>
              {shownHeading(heading, t)}
            </Link>
            {story.snippet ? (
              <p className="vp-excerpt" lang={story.language}>
                {story.snippet.map((segment, i) => (segment.match ? <mark key={i} className="utrecht-mark">{segment.text}</mark> : segment.text))}
              </p>
            ) : excerpt && <p className="vp-excerpt" lang={story.language}>{excerpt.truncated ? t("untitled", { words: excerpt.text }) : excerpt.text}</p>}
            <p className="vp-meta">
              <span>{formatDate(story.toldAt, lang)}</span>
              <span>{t(channelLabels[story.channel])}</span>
              <span>{t("storyLanguageShort", { name: languageName(story.language, lang) })}</span>
              {collectionName(story.collectionId) && <span>{collectionName(story.collectionId)}</span>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
