// Kiosk: "are you still there?" before the form is cleared. The ticking seconds are hidden from
// screen readers, which hear the notice once (role="alert") instead of every second.
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/button-css/dist/index.css";
import { useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

export function IdleNotice({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const t = useT(messages);
  const [announced] = useState(() => t("idleText", { seconds: secondsLeft }));
  return (
    <div role="alert" className="utrecht-alert utrecht-alert--warning vp-tell-alert vp-tell-alert--warning vp-tell-idle">
      <div className="utrecht-alert__content">
        <p className="vp-tell-alert__title">{t("idleTitle")}</p>
        <p className="vp-tell-alert__text" aria-hidden="true">{t("idleText", { seconds: secondsLeft })}</p>
        <p className="vp-visually-hidden">{announced}</p>
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onStay}>
          {t("stillHere")}
        </button>
      </div>
    </div>
  );
}
