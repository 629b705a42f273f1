// The stories most like this one, each with the reason the server gives (shared words, close answers).
import { Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { storyHeading } from "../stories/labels.ts";
import { similarMessages } from "./messages.ts";
import type { SimilarStories as SimilarStoriesAnswer } from "../../contract/similar-stories.ts";

export function SimilarStories({ storyId }: { storyId: string }) {
  const t = useT(similarMessages);
  const { lang } = useLang();
  const similar = useResource<SimilarStoriesAnswer>(`/stories/${encodeURIComponent(storyId)}/similar`);
  return (
    <section className="vp-card" aria-labelledby="vergelijkbaar">
      <h2 className="utrecht-heading-2" id="vergelijkbaar">{t("similarTitle")}</h2>
      <p className="utrecht-paragraph vp-muted">{t("similarIntro")}</p>
      <Loaded resource={similar}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph">{t("noSimilar")}</p> : (
          <ul className="vp-list vp-similar">
            {items.map((item) => {
              const heading = storyHeading({ title: item.title, text: item.excerpt });
              return (
                <li key={item.id} className="vp-list__item">
                  <Link to={`/stories/${item.id}`} className="vp-list__title-link">{heading.truncated ? t("untitled", { words: heading.text }) : heading.text}</Link>
                  <p className="vp-excerpt"><span className="vp-muted">{t("why")}: </span>{item.reason}</p>
                  <p className="vp-meta"><span>{formatDate(item.toldAt, lang)}</span></p>
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
