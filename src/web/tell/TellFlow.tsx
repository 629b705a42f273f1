// Telling one story after another: the form, (when it holds personal data) the review of what will
// be hidden, then thanks, then (on request, or by itself in kiosk mode) a blank form again. Shared
// by the public form and the colleagues' form.
import "@utrecht/heading-1-css/dist/index.css";
import "./tell.css";
import { type ReactNode, useRef, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { FrameworkText } from "../signifiers/frameworkLang.tsx";
import { fieldDomId } from "./draft.ts";
import { focusField } from "./ErrorSummary.tsx";
import { IdleNotice } from "./IdleNotice.tsx";
import { KioskWelcome } from "./KioskWelcome.tsx";
import { DEFAULT_KIOSK_TIMINGS, type KioskTimings, useKiosk } from "./kiosk.ts";
import { messages } from "./messages.ts";
import { useOutbox } from "./outbox/useOutbox.ts";
import { OutboxStatus } from "./OutboxStatus.tsx";
import { RedactionReview } from "./RedactionReview.tsx";
import { StoryForm } from "./StoryForm.tsx";
import { ThankYou } from "./ThankYou.tsx";
import { type StoryFormOptions, useStoryForm } from "./useStoryForm.ts";

interface Props extends StoryFormOptions {
  heading: string;
  /** Shown above the heading, e.g. the listening point's name. */
  preHeading?: string;
  intro?: ReactNode;
  prompts: readonly { id: string; text: string }[];
  signifiers: readonly Signifier[];
  kiosk?: boolean;
  kioskTimings?: KioskTimings;
  interviewAllowed?: boolean;
  /** The collection contributes to a sector: ask for the separate sector consent. */
  sharesWithSector?: boolean;
  /** Extra actions on the thank-you screen. */
  afterThanks?: ReactNode;
  /** Easy mode: larger words and targets (the texts and read-aloud come with the framework and FormAids). */
  easy?: boolean;
}

export function TellFlow(props: Props) {
  const { heading, preHeading, intro, prompts, signifiers, kiosk = false, interviewAllowed, afterThanks, easy = false } = props;
  const t = useT(messages);
  const form = useStoryForm(props);
  const outbox = useOutbox(props.afterStory);
  const { status } = form;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A kiosk starts from its welcome screen, and goes back there for the next person.
  const [welcomed, setWelcomed] = useState(!kiosk);
  const begin = () => {
    setWelcomed(true);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const startAgain = () => {
    form.reset();
    if (kiosk) setWelcomed(false);
    window.scrollTo(0, 0);
    // The heading mounts again with the form; focus it once it is there.
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const clock = useKiosk({
    enabled: kiosk, sent: status.kind === "sent", dirty: form.dirty,
    timings: props.kioskTimings ?? DEFAULT_KIOSK_TIMINGS, onReset: startAgain,
  });
  const fieldName = (piece: string) => (piece === "title" || piece === "text" ? piece : `answers.${piece}`);
  const labelOf = (piece: string) =>
    piece === "title" ? t("titleLabel") : piece === "text" ? t("storyHeading") : <FrameworkText>{signifiers.find((s) => s.id === piece)?.question ?? piece}</FrameworkText>;
  const backToEditing = (firstPiece: string) => {
    form.backToEditing();
    // Back where the personal data was written, once the form is there again.
    requestAnimationFrame(() => focusField(fieldDomId("vp", fieldName(firstPiece))));
  };

  return (
    <div className={`vp-tell${kiosk ? " vp-tell--kiosk" : ""}${easy ? " vp-tell--easy" : ""}`}>
      <OutboxStatus outbox={outbox} />
      {status.kind === "sent" ? (
        <ThankYou onAnother={startAgain} interview={form.draft.interview} queued={status.queued} kioskSecondsLeft={kiosk ? clock.thanksSecondsLeft : undefined} receiptUrl={status.receiptUrl} reflectionPath={status.reflectionPath}>
          {afterThanks}
        </ThankYou>
      ) : status.kind === "review" ? (
        <RedactionReview
          pieces={status.pieces} labelOf={labelOf} sending={status.sending === true} failure={status.failure}
          onConfirm={() => void form.confirmReview()} onEdit={() => backToEditing(status.pieces[0]!.name)}
        />
      ) : !welcomed ? (
        <KioskWelcome heading={heading} preHeading={preHeading} headingRef={headingRef} onStart={begin} />
      ) : (
        <>
          {preHeading && <p className="vp-tell__pre-heading">{preHeading}</p>}
          <h1 ref={headingRef} tabIndex={-1} className="utrecht-heading-1 vp-tell__heading">{heading}</h1>
          {intro}
          <StoryForm prefix="vp" prompts={prompts} signifiers={signifiers} form={form} interviewAllowed={interviewAllowed} sharesWithSector={props.sharesWithSector} />
        </>
      )}
      {status.kind !== "sent" && clock.idle && <IdleNotice secondsLeft={clock.idleSecondsLeft} onStay={clock.stay} />}
    </div>
  );
}
