// A follow-up on a pattern: which stories (one to four choice answers, preset from what works, a
// discovery or the crosstab), what was done with them so far, and a new action or response, shown
// first with what personal-data removal takes out. Analysts and up (policy: analysis:read).
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import type { Collection } from "../../contract/collections.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { FollowUpInput, PatternFollowUp, PatternFollowUpResult } from "../../contract/interpretations.ts";
import { FollowUpForm, FollowUpList } from "../interpretations/FollowUps.tsx";
import { choicesOf, type ChoiceSignifier } from "../crosstabs/crosstab.ts";
import { optionLabel } from "../patterns/labels.ts";
import { api } from "../toolkit/api.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { useSearchParams } from "../toolkit/router.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { patternFollowUpMessages } from "./messages.ts";
import { chosenAnswers, draftFrom, MAX_ANSWERS, type PatternDraft } from "./pattern.ts";

export default function PatternFollowUpsPage({ id }: { id: string }) {
  const t = useT(patternFollowUpMessages);
  const collection = useResource<Collection>(`/collections/${encodeURIComponent(id)}`);
  const framework = useResource<Framework>(collection.data ? `/frameworks/${encodeURIComponent(collection.data.frameworkId)}` : null);
  const back = { to: `/collections/${encodeURIComponent(id)}/patterns`, label: t("back") };
  return (
    <PageFor resource={collection} back={back}>
      {(c) => (
        <Page title={t("title")} back={back} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
          <Loaded resource={framework}>{(f) => <PatternFollowUps collectionId={c.id} signifiers={f.signifiers} />}</Loaded>
        </Page>
      )}
    </PageFor>
  );
}

function PatternFollowUps({ collectionId, signifiers }: { collectionId: string; signifiers: Signifier[] }) {
  const t = useT(patternFollowUpMessages);
  const search = useSearchParams();
  const [draft, setDraft] = useState<PatternDraft>(() => draftFrom(search, signifiers));
  // The questions the address named come first: those are the pattern someone came to follow up.
  const choices = choicesOf(signifiers).sort((a, b) => Number(b.id in draft) - Number(a.id in draft));
  const answers = chosenAnswers(draft);
  const count = Object.keys(answers).length;
  return (
    <div className="vp-stack">
      <section className="vp-card vp-stack" aria-labelledby="patroon">
        <h2 className="utrecht-heading-2" id="patroon">{t("patternTitle")}</h2>
        <FieldGroup legend={t("patternLegend")} description={t("patternHint")}>
          {choices.map((s) => (
            <SelectField key={s.id} name={`pattern-${s.id}`} label={s.question} value={draft[s.id] ?? ""} placeholder={t("anyAnswer")}
              onChange={(option) => setDraft((d) => ({ ...d, [s.id]: option }))} options={s.options.map((o) => ({ value: o.id, label: o.label }))} />
          ))}
        </FieldGroup>
        <p className="utrecht-paragraph" role="status" data-testid="pattern-sentence">
          {count === 0 ? t("chooseOne") : count > MAX_ANSWERS ? t("tooMany", { max: MAX_ANSWERS }) : t("pattern", { answers: describe(choices, answers, t) })}
        </p>
      </section>
      {count >= 1 && count <= MAX_ANSWERS && <FollowUpsOf collectionId={collectionId} answers={answers} />}
    </div>
  );
}

/** "het antwoord “Wonen” op “Waar ging het vooral over?” en het antwoord …". */
function describe(choices: ChoiceSignifier[], answers: Record<string, string>, t: ReturnType<typeof useT<typeof patternFollowUpMessages>>): string {
  return Object.entries(answers)
    .map(([id, option]) => t("answer", { option: optionLabel(choices, id, option), question: choices.find((s) => s.id === id)?.question ?? id }))
    .join(t("and"));
}

function FollowUpsOf({ collectionId, answers }: { collectionId: string; answers: Record<string, string> }) {
  const t = useT(patternFollowUpMessages);
  const path = `/collections/${encodeURIComponent(collectionId)}/pattern-follow-ups`;
  const done = useResource<{ items: PatternFollowUp[] }>(`${path}${queryString({ pattern: JSON.stringify(answers) })}`);
  const save = async (input: FollowUpInput) => {
    const { storyCount } = await api<PatternFollowUpResult>(path, { method: "POST", json: { ...input, pattern: answers } });
    done.reload();
    return storyCount === 0 ? t("savedNone") : storyCount === 1 ? t("savedOnOne") : t("savedOn", { n: storyCount });
  };
  return (
    <>
      <section className="vp-card vp-stack" aria-labelledby="gedaan">
        <h2 className="utrecht-heading-2" id="gedaan">{t("doneTitle")}</h2>
        <p className="utrecht-paragraph vp-muted">{t("doneIntro")}</p>
        <Loaded resource={done}>{(data) => <FollowUpList followUps={data.items} none={t("noneYet")} />}</Loaded>
      </section>
      <section className="vp-card vp-stack" aria-labelledby="nieuwe-opvolging">
        <h2 className="utrecht-heading-2" id="nieuwe-opvolging">{t("newTitle")}</h2>
        <FollowUpForm onSave={save} checkLevel={3} />
      </section>
    </>
  );
}
