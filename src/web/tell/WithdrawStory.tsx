// "Verhaal intrekken" on the receipt page: one button, then a plain confirmation before the story is
// erased for good (DELETE /receipts/{token}). Focus follows each step for keyboard and screen readers.
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { useRef, useState } from "react";
import { api, ApiError, NetworkError } from "../toolkit/api.ts";
import { useT } from "../toolkit/i18n.tsx";
import { receiptMessages } from "./receiptMessages.ts";

type Step = "idle" | "confirming" | "withdrawing";

export function WithdrawStory({ path, onWithdrawn }: { path: string; onWithdrawn: () => void }) {
  const t = useT(receiptMessages);
  const [step, setStep] = useState<Step>("idle");
  const [failure, setFailure] = useState<"withdrawFailedNetwork" | "withdrawFailed">();
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  /** Shows a step, then focuses its first element once it is rendered. */
  const go = (next: Step, focus: { current: HTMLElement | null }) => {
    setFailure(undefined);
    setStep(next);
    requestAnimationFrame(() => focus.current?.focus());
  };

  const withdraw = async () => {
    if (step === "withdrawing") return;
    setStep("withdrawing");
    setFailure(undefined);
    try {
      await api(path, { method: "DELETE" });
      onWithdrawn();
    } catch (error) {
      // Already gone (withdrawn in another tab): that is what the teller wanted.
      if (error instanceof ApiError && error.status === 404) return onWithdrawn();
      setFailure(error instanceof NetworkError ? "withdrawFailedNetwork" : "withdrawFailed");
      setStep("confirming");
    }
  };

  return (
    <section className="vp-receipt__withdraw" aria-labelledby="vp-withdraw-title">
      <h2 id="vp-withdraw-title" className="utrecht-heading-2 vp-receipt__heading">{t("withdrawTitle")}</h2>
      <p className="utrecht-paragraph">{t("withdrawText")}</p>
      {step === "idle" ? (
        <button ref={start} type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go("confirming", question)}>
          {t("withdraw")}
        </button>
      ) : (
        <div className="vp-receipt__confirm">
          <p ref={question} tabIndex={-1} className="utrecht-paragraph vp-receipt__question">{t("withdrawSure")}</p>
          {failure && (
            <div role="alert" className="utrecht-alert utrecht-alert--error vp-tell-alert vp-tell-alert--error">
              <p className="vp-tell-alert__text">{t(failure)}</p>
            </div>
          )}
          <div className="vp-tell-actions">
            {/* Not disabled while busy: a disabled button drops keyboard focus. A second press is ignored. */}
            <button type="button" className="utrecht-button utrecht-button--primary-action" aria-disabled={step === "withdrawing" || undefined}
              onClick={() => void withdraw()}>
              {step === "withdrawing" ? t("withdrawing") : t("withdrawYes")}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go("idle", start)}>
              {t("withdrawNo")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
