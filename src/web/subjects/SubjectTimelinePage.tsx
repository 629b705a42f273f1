// "Verhalen van één cliënt": every story about one pseudonymous client, oldest first, with the
// teller's answers, and per slider or scale question how the answer changed from story to story.
// Analysts and admins only (the server checks, and records each story read this way).
import "../patterns/dashboard.css";
import "../stories/stories.css";
import "./subjects.css";
import { ApiError } from "../toolkit/api.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story, SubjectTimeline } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { AnswerList } from "../stories/AnswerList.tsx";
import { channelLabels, storyHeading } from "../stories/labels.ts";
import { storyMessages } from "../stories/messages.ts";
import { AnswerTrends } from "./AnswerTrends.tsx";
import { subjectMessages } from "./messages.ts";
import { isPseudonym } from "./timeline.ts";

export default function SubjectTimelinePage({ pseudonym }: { pseudonym: string }) {
  const t = useT(subjectMessages);
  const say = useT(storyMessages);
  const valid = isPseudonym(pseudonym);
  const timeline = useResource<SubjectTimeline>(valid ? `/subjects/${encodeURIComponent(pseudonym)}/timeline` : null);
  const back = { to: "/stories", label: say("listTitle") };
  // The API answers 404 for a client without stories (or of another organization): one clear message.
  const missing = !valid || (timeline.error instanceof ApiError && timeline.error.status === 404) || timeline.data?.items.length === 0;
  if (missing) {
    return (
      <Page title={t("notFoundTitle")} back={back}>
        <div className="vp-empty">
          <p className="utrecht-paragraph">{t("notFoundText")}</p>
          <p className="utrecht-paragraph"><Link to="/stories">{say("backToList")}</Link></p>
        </div>
      </Page>
    );
  }
  return (
    <PageFor resource={timeline} back={back}>
      {(data) => (
        <Page title={t("title")} back={back} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
          <Timeline timeline={data} />
        </Page>
      )}
    </PageFor>
  );
}

function Timeline({ timeline }: { timeline: SubjectTimeline }) {
  const t = useT(subjectMessages);
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  const stories = timeline.items;
  return (
    <div className="vp-stack vp-timeline">
      <dl className="vp-details">
        <div className="vp-details__row">
          <dt>{t("pseudonym")}</dt>
          <dd><code className="vp-timeline__pseudonym">{timeline.subjectPseudonym}</code></dd>
        </div>
      </dl>
      <Loaded resource={frameworks}>
        {({ items }) => (
          <>
            <AnswerTrends stories={stories} frameworks={items} />
            <section className="vp-stack" aria-labelledby="verhalen">
              <h2 className="utrecht-heading-2" id="verhalen">{t("storiesTitle", { count: stories.length })}</h2>
              <ol className="vp-plain-list vp-stack vp-timeline__stories">
                {stories.map((story) => (
                  <TimelineStory key={story.id} story={story} framework={items.find((f) => f.id === story.frameworkId)} />
                ))}
              </ol>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}

function TimelineStory({ story, framework }: { story: Story; framework?: Framework }) {
  const say = useT(storyMessages);
  const { lang } = useLang();
  const heading = storyHeading(story);
  return (
    <li className="vp-card vp-timeline__story" data-story={story.id}>
      <p className="vp-meta">
        <span><time dateTime={story.toldAt}>{formatDate(story.toldAt, lang)}</time></span>
        <span>{say(channelLabels[story.channel])}</span>
      </p>
      <h3 className="utrecht-heading-3">
        <Link to={`/stories/${story.id}`} lang={story.language}>{heading.truncated ? say("untitled", { words: heading.text }) : heading.text}</Link>
      </h3>
      {/* A framework that is gone still shows its answers, by question id. */}
      <AnswerList signifiers={framework?.signifiers ?? []} answers={story.answers} />
    </li>
  );
}
