// A destructive action after an explicit second step (revoking a token or a key, withdrawing): the
// question appears in place and takes focus; "no" puts focus back on the first button. Problems show
// in place. Its look (.vp-confirm, .vp-button--danger) is in stories/stories.css, which the page loads.
import { useEffect, useRef, useState } from "react";
import { ProblemMessage } from "./feedback.tsx";

interface Props {
  label: string;
  /** The button's accessible name, saying what it acts on. */
  accessibleLabel: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => Promise<void>;
}

export function Confirm({ label, accessibleLabel, question, yes, no, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus) start.current?.focus();
  }, [confirming, returnFocus]);

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
    }
    setBusy(false);
  };

  if (!confirming) {
    return (
      <button type="button" ref={start} className="utrecht-button utrecht-button--secondary-action vp-button--danger"
        aria-label={accessibleLabel} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="vp-confirm">
      {error !== undefined && <ProblemMessage error={error} />}
      <p className="vp-confirm__question" tabIndex={-1} ref={questionRef}>{question}</p>
      <div className="vp-button-row">
        <button type="button" className="utrecht-button utrecht-button--primary-action vp-button--danger-solid"
          aria-disabled={busy || undefined} onClick={() => !busy && confirm()}>
          {yes}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => {
          setConfirming(false);
          setReturnFocus(true);
        }}>
          {no}
        </button>
      </div>
    </div>
  );
}
