// The teller's own stories, each with how many colleagues interpreted it and what was done with it
// ("wat er met je verhaal gebeurde"). The story page shows the readings themselves.
import "./stories.css";
import { Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import type { Story, StoryPage } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { FollowUpList } from "../interpretations/FollowUps.tsx";
import type { FollowUp, Interpretation } from "../../contract/interpretations.ts";
import { storyHeading } from "./labels.ts";
import { storyMessages } from "./messages.ts";

function MyStory({ story }: { story: Story }) {
  const t = useT(storyMessages);
  const { lang } = useLang();
  const readings = useResource<{ items: Interpretation[] }>(`/stories/${story.id}/interpretations`);
  const followUps = useResource<{ items: FollowUp[] }>(`/stories/${story.id}/follow-ups`);
  const headingId = `mijn-${story.id}`;
  return (
    <li className="vp-card" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}><Link to={`/stories/${story.id}`}>{storyHeading(story).text}</Link></h2>
      <p className="utrecht-paragraph vp-muted">{formatDate(story.toldAt, lang)}</p>
      {readings.data && <p className="utrecht-paragraph">{t("readingsCount", { count: readings.data.items.length })}</p>}
      <Loaded resource={followUps}>{(data) => <FollowUpList followUps={data.items} />}</Loaded>
    </li>
  );
}

export default function MyStoriesPage() {
  const t = useT(storyMessages);
  const stories = useResource<StoryPage>("/stories?toldBy=me&limit=20");
  return (
    <Page title={t("myTitle")} intro={t("myIntro")}>
      <Loaded resource={stories}>
        {(page) => page.items.length === 0 ? <p className="utrecht-paragraph">{t("myNone")}</p> : (
          <ul className="vp-plain-list vp-stack">{page.items.map((s) => <MyStory key={s.id} story={s} />)}</ul>
        )}
      </Loaded>
    </Page>
  );
}
