// One story: the text, the prompt it answers, the teller's own meaning, and what was agreed.
import "./stories.css";
import { useState } from "react";
import { Alert, Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { AnswerList } from "./AnswerList.tsx";
import { EraseStory } from "./EraseStory.tsx";
import { FollowUps } from "../interpretations/FollowUps.tsx";
import type { FollowUp } from "../../contract/interpretations.ts";
import { STORY_TEXT_ID } from "../interpretations/passages.ts";
import { StoryReadings } from "../interpretations/StoryReadings.tsx";
import { SimilarStories } from "../knowledge/SimilarStories.tsx";
import { timelinePath } from "../subjects/timeline.ts";
import { channelLabels, languageName, shownHeading, storyHeading } from "./labels.ts";
import { storyMessages } from "./messages.ts";
import { StoryRecording } from "./StoryRecording.tsx";

export default function StoryPage({ id }: { id: string }) {
  const t = useT(storyMessages);
  const story = useResource<Story>(`/stories/${encodeURIComponent(id)}`);
  const [erased, setErased] = useState(false);
  const back = { to: "/stories", label: t("listTitle") };
  if (erased) {
    return (
      <Page title={t("erased")} back={back}>
        <p className="utrecht-paragraph"><Link to="/stories">{t("backToList")}</Link></p>
      </Page>
    );
  }
  return (
    <PageFor resource={story} back={back}>
      {(s) => {
        const heading = storyHeading(s);
        return (
          <Page title={shownHeading(heading, t)} titleLang={s.language} back={back}>
            <StoryBody story={s} onErased={() => setErased(true)} onChanged={story.reload} />
          </Page>
        );
      }}
    </PageFor>
  );
}

function StoryBody({ story: s, onErased, onChanged }: { story: Story; onErased: () => void; onChanged: () => void }) {
  const t = useT(storyMessages);
  const { lang } = useLang();
  const { me } = useSession();
  const framework = useResource<Framework>(`/frameworks/${s.frameworkId}`);
  const collection = useResource<Collection>(`/collections/${s.collectionId}`);
  const followUps = useResource<{ items: FollowUp[] }>(`/stories/${s.id}/follow-ups`);
  const prompt = framework.data?.prompts.find((p) => p.id === s.promptId);
  const yesNo = (value: boolean) => t(value ? "yes" : "no");
  return (
    <div className="vp-columns vp-columns--story">
      <div className="vp-stack">
        <article className="vp-card vp-story" lang={s.language}>
          {/* The prompt is the framework's words, the story the teller's: each in its own language. */}
          {prompt && <p className="vp-story__prompt"><span className="vp-muted" lang={lang}>{t("prompt")}: </span><span lang={framework.data?.language}>{prompt.text}</span></p>}
          {/* Colleagues mark passages in this text; PassagePicker counts offsets in it. */}
          <div className="vp-story__text" id={STORY_TEXT_ID}>{s.text}</div>
        </article>
        {s.consent.keepRecording && hasRole(me ?? null, "colleague") && <StoryRecording story={s} onTranscribed={onChanged} />}
        <section className="vp-card" aria-labelledby="betekenis">
          <h2 className="utrecht-heading-2" id="betekenis">{t("meaning")}</h2>
          <Loaded resource={framework}>{(f) => <AnswerList signifiers={f.signifiers} answers={s.answers} />}</Loaded>
        </section>
        <Loaded resource={framework}>{(f) => <StoryReadings story={s} framework={f} />}</Loaded>
        <SimilarStories storyId={s.id} />
      </div>
      <div className="vp-stack">
        <section className="vp-card" aria-labelledby="over">
          <h2 className="utrecht-heading-2" id="over">{t("about")}</h2>
          <dl className="vp-details vp-details--stacked">
            <div className="vp-details__row"><dt>{t("toldAtLabel")}</dt><dd>{formatDate(s.toldAt, lang)}</dd></div>
            <div className="vp-details__row"><dt>{t("channel")}</dt><dd>{t(channelLabels[s.channel])}</dd></div>
            <div className="vp-details__row"><dt>{t("storyLanguage")}</dt><dd>{languageName(s.language, lang)}</dd></div>
            {collection.data && (
              <div className="vp-details__row"><dt>{t("collection")}</dt><dd><Link to={`/collections/${s.collectionId}`}>{collection.data.name}</Link></dd></div>
            )}
            <div className="vp-details__row"><dt>{t("consentResearch")}</dt><dd>{yesNo(s.consent.research)}</dd></div>
            <div className="vp-details__row"><dt>{t("consentQuoting")}</dt><dd>{yesNo(s.consent.quoting)}</dd></div>
            {/* Only analysts and admins get the pseudonym, and only they may open the client's stories. */}
            {s.subjectPseudonym && (
              <div className="vp-details__row">
                <dt>{t("pseudonym")}</dt>
                <dd><code>{s.subjectPseudonym}</code><div><Link to={timelinePath(s.subjectPseudonym)}>{t("clientTimeline")}</Link></div></dd>
              </div>
            )}
          </dl>
          {!s.consent.quoting && <Alert type="info">{t("noQuoting")}</Alert>}
        </section>
        <FollowUps storyId={s.id} followUps={followUps} canRecord={hasRole(me ?? null, "colleague")} />
        {(hasRole(me ?? null, "admin") || s.toldByMe) && <EraseStory storyId={s.id} onErased={onErased} />}
      </div>
    </div>
  );
}
