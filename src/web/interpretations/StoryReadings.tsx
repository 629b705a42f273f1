// On a story page: the readings side by side, tags and notes, marked passages, and (for colleagues)
// the form to add one's own reading. Tellers see the readings of their own stories without names.
// The framework's questions and labels are marked in its language where the page speaks another.
import "./interpretations.css";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import type { Story } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { FrameworkLang } from "../signifiers/frameworkLang.tsx";
import { InterpretationForm } from "./InterpretationForm.tsx";
import { MarkedPassages } from "./MarkedPassages.tsx";
import { interpretationMessages } from "./messages.ts";
import type { Interpretation } from "../../contract/interpretations.ts";
import { STORY_TEXT_ID } from "./passages.ts";
import { Readings, useReader } from "./Readings.tsx";

function TagsAndNotes({ readings }: { readings: Interpretation[] }) {
  const t = useT(interpretationMessages);
  const reader = useReader();
  const withWords = readings.map((r, i) => ({ r, who: r.mine ? reader.me : reader.colleague(r.interpreterName, i) }))
    .filter(({ r }) => r.tags.length > 0 || r.note);
  if (withWords.length === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3">{t("tagsAndNotes")}</h3>
      <dl className="vp-details vp-details--stacked">
        {withWords.map(({ r, who }) => (
          <div key={r.id} className="vp-details__row">
            <dt>{who}</dt>
            <dd>{[r.tags.join(", "), r.note].filter(Boolean).join(" — ")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function OwnReading({ story, framework, mine, onSaved }: { story: Story; framework: Framework; mine?: Interpretation; onSaved: () => void }) {
  const t = useT(interpretationMessages);
  return (
    <section className="vp-card" aria-labelledby="duiden">
      <h2 className="utrecht-heading-2" id="duiden">{mine ? t("changeTitle") : t("addTitle")}</h2>
      <InterpretationForm storyId={story.id} signifiers={framework.signifiers} onSaved={onSaved} mine={mine}
        passageSource={{ text: story.text, lang: story.language, elementId: STORY_TEXT_ID }} />
    </section>
  );
}

export function StoryReadings({ story, framework }: { story: Story; framework: Framework }) {
  const t = useT(interpretationMessages);
  const { me } = useSession();
  const readings = useResource<{ items: Interpretation[] }>(`/stories/${story.id}/interpretations`);
  return (
    <FrameworkLang lang={framework.language}>
      <section className="vp-card" aria-labelledby="duidingen">
        <h2 className="utrecht-heading-2" id="duidingen">{t("readingsTitle")}</h2>
        <p className="utrecht-paragraph">{t("readingsIntro")}</p>
        <Loaded resource={readings}>
          {(data) => (
            <>
              {data.items.length === 0 && <p className="utrecht-paragraph vp-muted">{t("noReadings")}</p>}
              <Readings signifiers={framework.signifiers} tellerAnswers={story.answers} readings={data.items} />
              <TagsAndNotes readings={data.items} />
              <MarkedPassages text={story.text} lang={story.language} readings={data.items} />
            </>
          )}
        </Loaded>
      </section>
      {hasRole(me ?? null, "colleague") && readings.data && <OwnReading story={story} framework={framework} mine={readings.data.items.find((r) => r.mine)} onSaved={readings.reload} />}
    </FrameworkLang>
  );
}
