// The story form, top to bottom: (who tells, for colleagues), the prompt, the story, the
// signification questions, consent, send. One page, so nothing is lost between steps on a phone.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import type { Signifier } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { FrameworkText, useFrameworkLang } from "../signifiers/frameworkLang.tsx";
import { SignifierInput } from "../signifiers/SignifierInput.tsx";
import { fieldDomId, MAX_STORY_TEXT } from "./draft.ts";
import { ErrorSummary, type SummaryEntry } from "./ErrorSummary.tsx";
import { endsInPunctuation } from "../../core/text/punctuation.ts";
import { FormProgress, MANY_QUESTIONS, QuestionNumber } from "./FormProgress.tsx";
import { CheckboxField, RadioGroup, TextField, useErrorText } from "./fields.tsx";
import { messages } from "./messages.ts";
import { Recorder } from "./Recorder.tsx";
import type { StoryForm as Form } from "./useStoryForm.ts";

interface Props {
  /** Prefix of every element id, so two forms never share ids. */
  prefix: string;
  prompts: readonly { id: string; text: string }[];
  signifiers: readonly Signifier[];
  form: Form;
  /** Colleagues may record a client's story (interview mode). */
  interviewAllowed?: boolean;
  /** The collection contributes to a sector: one checkbox for the separate sector consent, off by default. */
  sharesWithSector?: boolean;
}

export function StoryForm({ prefix, prompts, signifiers, form, interviewAllowed, sharesWithSector }: Props) {
  const t = useT(messages);
  const errorText = useErrorText();
  const frameworkLang = useFrameworkLang();
  const { draft, update, setAnswer, errors, status } = form;
  const id = (name: string) => fieldDomId(prefix, name);
  const error = (name: string) => (errors[name] ? errorText(errors[name]) : undefined);
  const prompt = prompts.find((p) => p.id === draft.promptId);
  const many = signifiers.length >= MANY_QUESTIONS;
  /** In interview mode the form speaks to the colleague who writes the client's story down. */
  const w = (key: "storyHeading" | "textLabel" | "textHint" | "titleLabel" | "promptLegend" | "questionsHeading" | "questionsIntro") =>
    t(draft.interview ? `${key}Interview` : key);

  const order = ["subjectRef", "promptId", "title", "text", ...signifiers.map((s) => `answers.${s.id}`), "consent.research", "consent.quoting", "consent.sector", "consent.confirmedAloud"];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  // Our own messages name their field; the server's reasons ("Te lang") get the field's label.
  const labels: Record<string, string> = {
    subjectRef: t("subjectRefLabel"), promptId: w("promptLegend"), title: w("titleLabel"), text: w("textLabel"),
    "consent.research": t("consentHeading"), "consent.quoting": t("consentHeading"), "consent.sector": t("consentHeading"), "consent.confirmedAloud": t("consentHeading"),
  };
  const questions = Object.fromEntries(signifiers.map((s) => [`answers.${s.id}`, s.question]));
  const entries: SummaryEntry[] = Object.keys(errors).sort((a, b) => rank(a) - rank(b)).map((name) => {
    const question = name.startsWith("answers.") ? questions[name] : undefined;
    const label = question ?? ("text" in errors[name]! ? labels[name] : undefined);
    if (!label) return { target: id(name), text: error(name)! };
    // "Waar ging het over? Beantwoord deze vraag." reads better than a colon after a question mark.
    const colon = endsInPunctuation(label) ? "" : ":";
    // A question is the framework's words, in its language; the error is ours.
    return { target: id(name), text: <>{question ? <FrameworkText>{question}</FrameworkText> : label}{colon} {error(name)}</> };
  });

  return (
    <form id={id("form")} noValidate autoComplete="off" className="vp-tell-form" onSubmit={(e) => {
      e.preventDefault();
      void form.submit();
    }}>
      {status.kind === "invalid" && entries.length > 0 && <ErrorSummary id={`${prefix}-summary`} entries={entries} attempt={status.attempt} />}

      {interviewAllowed && (
        <section className="vp-tell-section">
          <RadioGroup
            id={`${prefix}-teller`} legend={t("tellerLegend")} value={draft.interview ? "interview" : "self"}
            onChange={(v) => update({ interview: v === "interview" })}
            options={[{ value: "self", label: t("tellerSelf") }, { value: "interview", label: t("tellerInterview") }]}
          />
          {draft.interview && (
            <TextField
              id={id("subjectRef")} label={t("subjectRefLabel")} optional hint={t("subjectRefHint")} maxLength={200}
              value={draft.subjectRef} onChange={(subjectRef) => update({ subjectRef })} error={error("subjectRef")}
            />
          )}
        </section>
      )}

      <section className="vp-tell-section" aria-labelledby={`${prefix}-story-heading`}>
        <h2 id={`${prefix}-story-heading`} className="utrecht-heading-2 vp-tell-section__heading">{w("storyHeading")}</h2>
        {prompts.length > 1 && (
          <RadioGroup
            id={id("promptId")} legend={w("promptLegend")} value={draft.promptId} onChange={(promptId) => update({ promptId })}
            options={prompts.map((p) => ({ value: p.id, label: <FrameworkText>{p.text}</FrameworkText> }))} error={error("promptId")}
          />
        )}
        <TextField
          id={id("title")} label={w("titleLabel")} optional hint={t("titleHint")} maxLength={200}
          value={draft.title} onChange={(title) => update({ title })} error={error("title")}
        />
        <TextField
          id={id("text")} label={w("textLabel")} multiline maxLength={MAX_STORY_TEXT}
          hint={prompt ? <><strong className="vp-tell-prompt" lang={frameworkLang}>{prompt.text}</strong> {w("textHint")}</> : w("textHint")}
          value={draft.text} onChange={(text) => update({ text })} error={error("text")}
        />
        <Recorder
          id={`${prefix}-recorder`} recording={form.recording} onRecording={form.setRecording}
          keep={draft.keepRecording} onKeep={(keepRecording) => update({ keepRecording })}
        />
      </section>

      {signifiers.length > 0 && (
        <section className="vp-tell-section" aria-labelledby={`${prefix}-questions-heading`}>
          <h2 id={`${prefix}-questions-heading`} className="utrecht-heading-2 vp-tell-section__heading">{w("questionsHeading")}</h2>
          <p className="utrecht-paragraph vp-tell-section__intro">{w("questionsIntro")}</p>
          {many && <FormProgress id={`${prefix}-progress`} answered={signifiers.filter((s) => draft.answers[s.id] != null).length} total={signifiers.length} />}
          {signifiers.map((s, i) => (
            <div key={s.id} className="vp-tell-question">
              {many && <QuestionNumber n={i + 1} total={signifiers.length} />}
              <SignifierInput
                signifier={s} idPrefix={`${prefix}-q`} value={draft.answers[s.id]}
                onChange={(value) => setAnswer(s.id, value)} error={error(`answers.${s.id}`)}
              />
            </div>
          ))}
        </section>
      )}

      <section className="vp-tell-section" aria-labelledby={`${prefix}-consent-heading`}>
        <h2 id={`${prefix}-consent-heading`} className="utrecht-heading-2 vp-tell-section__heading">{t("consentHeading")}</h2>
        <RadioGroup
          id={id("consent.research")} legend={t(draft.interview ? "researchLegendInterview" : "researchLegend")} hint={t("researchHint")}
          value={draft.research === undefined ? undefined : draft.research ? "yes" : "no"}
          onChange={(v) => update({ research: v === "yes" })} error={error("consent.research")}
          options={[{ value: "yes", label: t("researchYes") }, { value: "no", label: t("researchNo") }]}
        />
        {draft.research && (
          <CheckboxField
            id={id("consent.quoting")} checked={draft.quoting} onChange={(quoting) => update({ quoting })} error={error("consent.quoting")}
            label={<>{t(draft.interview ? "quotingLabelInterview" : "quotingLabel")} <span className="vp-optional">{t("optional")}</span></>}
          />
        )}
        {sharesWithSector && (
          <CheckboxField
            id={id("consent.sector")} checked={draft.sector} onChange={(sector) => update({ sector })} error={error("consent.sector")}
            label={<>{t(draft.interview ? "sectorLabelInterview" : "sectorLabel")} <span className="vp-optional">{t("optional")}</span></>}
          />
        )}
        {draft.interview && (
          <CheckboxField
            id={id("consent.confirmedAloud")} checked={draft.confirmedAloud} label={t("confirmedAloudLabel")}
            onChange={(confirmedAloud) => update({ confirmedAloud })} error={error("consent.confirmedAloud")}
          />
        )}
      </section>

      <SendBar form={form} />
    </form>
  );
}

/** The send button, and what went wrong with the last send (the typed story stays). */
function SendBar({ form }: { form: Form }) {
  const t = useT(messages);
  const { status } = form;
  const sending = status.kind === "sending";
  const failure = status.kind === "failed" ? status.failure : undefined;
  return (
    <div className="vp-tell-send">
      {failure && (
        <div role="alert" className="utrecht-alert utrecht-alert--error vp-tell-alert vp-tell-alert--error">
          <div className="utrecht-alert__content">
            <p className="vp-tell-alert__text">{failure.message ? t(failure.message) : failure.detail}</p>
            {failure.retry && (
              <div className="vp-tell-alert__actions">
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void form.submit()}>
                  {t("retry")}
                </button>
                {form.sendLater && (
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void form.sendLater?.()}>
                    {t("sendLater")}
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
      )}
      {/* Not disabled while sending: a disabled button drops keyboard focus. A second press is ignored. */}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={sending || undefined}>
        {sending ? t("sending") : t("send")}
      </button>
      <p className="vp-visually-hidden" aria-live="polite">{sending ? t("sending") : ""}</p>
    </div>
  );
}
