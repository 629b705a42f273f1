// "Zo bewaren we je verhaal": the story as colleagues will read it, with the hidden personal data
// marked, before the teller confirms the send or goes back to change it. Focus moves to the heading
// so screen readers announce the step.
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { type ReactNode, useEffect, useRef } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";
import { RedactedText } from "../privacy/RedactedText.tsx";
import type { ReviewedPiece } from "./redaction.ts";
import type { Failure } from "./useStoryForm.ts";

interface Props {
  pieces: ReviewedPiece[];
  /** The label of each piece's field (title, story, a question in the framework's language). */
  labelOf: (name: string) => ReactNode;
  sending: boolean;
  failure?: Failure;
  onConfirm: () => void;
  onEdit: () => void;
}

export function RedactionReview({ pieces, labelOf, sending, failure, onConfirm, onEdit }: Props) {
  const t = useT(messages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="vp-tell-review">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1 vp-tell__heading">{t("reviewTitle")}</h1>
      <p className="utrecht-paragraph">{t("reviewWhy")}</p>
      {pieces.map((piece) => (
        <section key={piece.name} className="vp-tell-review__piece" aria-labelledby={`vp-review-${piece.name}`}>
          <h2 id={`vp-review-${piece.name}`} className="utrecht-heading-2 vp-tell-review__label">{labelOf(piece.name)}</h2>
          <RedactedText original={piece.original} findings={piece.findings} />
        </section>
      ))}
      <p className="utrecht-paragraph">{t("reviewAsk")}</p>
      {failure && (
        <div role="alert" className="utrecht-alert utrecht-alert--error vp-tell-alert vp-tell-alert--error">
          <p className="vp-tell-alert__text">{failure.message ? t(failure.message) : failure.detail}</p>
        </div>
      )}
      <div className="vp-tell-actions">
        {/* Not disabled while sending: a disabled button drops keyboard focus. A second press is ignored. */}
        <button type="button" className="utrecht-button utrecht-button--primary-action" aria-disabled={sending || undefined} onClick={onConfirm}>
          {sending ? t("sending") : t("reviewConfirm")}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onEdit}>{t("reviewEdit")}</button>
      </div>
      <p className="vp-visually-hidden" aria-live="polite">{sending ? t("sending") : ""}</p>
    </div>
  );
}
