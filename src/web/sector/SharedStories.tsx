// The stories tellers agreed to share with the sector: the newest, or those matching words, each
// with a button that lists the stories most like it, and (for analysts) one that puts it in a booklet.
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { SharedStory, SimilarSharedStory } from "../../contract/sectors.ts";
import { Form } from "../toolkit/forms/Form.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { formatMonth } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { sectorMessages } from "./messages.ts";
import { AddToBooklet, BookletChoice, type SectorBooklet, useSectorBooklet } from "./SectorBooklet.tsx";

export function SharedStories({ path, sectorId }: { path: string; sectorId: string }) {
  const t = useT(sectorMessages);
  const collector = useSectorBooklet(sectorId);
  const [words, setWords] = useState("");
  const [q, setQ] = useState("");
  const [like, setLike] = useState<SharedStory>();
  const stories = useResource<ListOf<SharedStory>>(`${path}/stories${queryString({ q, limit: "20" })}`);
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-verhalen" data-testid="sector-stories">
      <h2 className="utrecht-heading-2" id="sector-verhalen">{t("sharedStories")}</h2>
      <p className="utrecht-paragraph">{t("sharedIntro")}</p>
      <Form label={t("search")} submitLabel={t("searchButton")} onSubmit={async () => setQ(words.trim())}>
        <TextField name="sectorSearch" label={t("search")} type="search" value={words} onChange={setWords} />
      </Form>
      <BookletChoice collector={collector} />
      <Loaded resource={stories}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph">{t("noStories")}</p> : (
          <ul className="vp-stack vp-plain-list">
            {items.map((s) => <StoryItem key={s.id} story={s} collector={collector} onSimilar={() => setLike(s)} />)}
          </ul>
        )}
      </Loaded>
      {like && <SimilarList path={path} story={like} collector={collector} />}
    </section>
  );
}

interface StoryItemProps { story: SharedStory; collector: SectorBooklet; onSimilar?: () => void; nested?: boolean }

function StoryItem({ story, collector, onSimilar, nested = false }: StoryItemProps) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  const Heading = nested ? "h4" : "h3";
  return (
    <li className="vp-card">
      <Heading className={`utrecht-heading-${nested ? 4 : 3}`} lang={story.language}>{story.title ?? t("untitled")}</Heading>
      <p className="vp-muted">{story.organization ?? t("organizationUnnamed")} · {formatMonth(story.month, lang)}</p>
      <p className="utrecht-paragraph" lang={story.language}>{story.text}</p>
      <div className="vp-button-row">
        {onSimilar && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onSimilar}>
            {t("similar")}<span className="vp-visually-hidden">: {story.title ?? t("untitled")}</span>
          </button>
        )}
        <AddToBooklet collector={collector} story={story} />
      </div>
    </li>
  );
}

function SimilarList({ path, story, collector }: { path: string; story: SharedStory; collector: SectorBooklet }) {
  const t = useT(sectorMessages);
  const similar = useResource<ListOf<SimilarSharedStory>>(`${path}/stories/${encodeURIComponent(story.id)}/similar`);
  return (
    <section className="vp-stack" aria-labelledby="sector-vergelijkbaar" aria-live="polite">
      <h3 className="utrecht-heading-3" id="sector-vergelijkbaar">{t("similarTo", { title: story.title ?? t("untitled") })}</h3>
      <Loaded resource={similar}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph">{t("noSimilar")}</p> : (
          <ul className="vp-stack vp-plain-list">
            {items.map((s) => (
              <li key={s.story.id} className="vp-stack">
                <p className="vp-muted">
                  {s.sharedWords.length > 0 && t("sharedWords", { words: s.sharedWords.join(", ") })}{" "}
                  {s.closeAnswers.length > 0 && t("closeAnswers", { questions: s.closeAnswers.join(", ") })}
                </p>
                <ul className="vp-plain-list"><StoryItem story={s.story} collector={collector} nested /></ul>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
