// Revoking a token after an explicit second step, as erasing a story: the question appears in
// place and takes focus; "no" puts focus back on the first button.
import { useEffect, useRef, useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { tokenMessages } from "./messages.ts";

export function RevokeToken({ id, name, onRevoked }: { id: string; name: string; onRevoked: () => void }) {
  const t = useT(tokenMessages);
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (returnFocus) start.current?.focus();
  }, [confirming, returnFocus]);

  const revoke = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(`/api-tokens/${id}`, { method: "DELETE" });
      onRevoked();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <button type="button" ref={start} className="utrecht-button utrecht-button--secondary-action vp-button--danger"
        aria-label={t("revokeLabel", { name })} onClick={() => setConfirming(true)}>
        {t("revoke")}
      </button>
    );
  }
  return (
    <div className="vp-confirm">
      {error !== undefined && <ProblemMessage error={error} />}
      <p className="vp-confirm__question" tabIndex={-1} ref={question}>{t("revokeConfirm", { name })}</p>
      <div className="vp-button-row">
        <button type="button" className="utrecht-button utrecht-button--primary-action vp-button--danger-solid"
          aria-disabled={busy || undefined} onClick={() => !busy && revoke()}>
          {t("revokeYes")}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => {
          setConfirming(false);
          setReturnFocus(true);
        }}>
          {t("revokeNo")}
        </button>
      </div>
    </div>
  );
}
