// Erasing a story for good (DELETE /stories/{id}), after an explicit second step: the confirmation
// appears in place and takes focus, and "no" puts focus back on the first button.
import { useEffect, useRef, useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { storyMessages } from "./messages.ts";

export function EraseStory({ storyId, onErased }: { storyId: string; onErased: () => void }) {
  const t = useT(storyMessages);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus) start.current?.focus();
  }, [confirming, returnFocus]);

  const erase = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(`/stories/${storyId}`, { method: "DELETE" });
      onErased();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <section className="vp-card vp-card--stack vp-danger-zone" aria-labelledby="wissen">
      <h2 className="utrecht-heading-2" id="wissen">{t("eraseHeading")}</h2>
      <p className="utrecht-paragraph">{t("eraseIntro")}</p>
      {error !== undefined && <ProblemMessage error={error} />}
      {!confirming ? (
        <button type="button" ref={start} className="utrecht-button utrecht-button--secondary-action vp-button--danger" onClick={() => setConfirming(true)}>
          {t("erase")}
        </button>
      ) : (
        <div className="vp-confirm">
          <p className="vp-confirm__question" tabIndex={-1} ref={question}>{t("eraseConfirm")}</p>
          <div className="vp-button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action vp-button--danger-solid"
              aria-disabled={busy || undefined} onClick={() => !busy && erase()}>
              {t("eraseYes")}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => {
              setConfirming(false);
              setReturnFocus(true);
            }}>
              {t("eraseNo")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
