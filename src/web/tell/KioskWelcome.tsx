// The kiosk's first screen on a shared tablet: what this is, in a few words, and one large button to
// start. After each story (or when someone walks away) the kiosk comes back here.
import "./kiosk.css";
import { type RefObject, useEffect } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

export function KioskWelcome({ heading, preHeading, headingRef, onStart }: {
  heading: string; preHeading?: string; headingRef: RefObject<HTMLHeadingElement | null>; onStart: () => void;
}) {
  const t = useT(messages);
  // Whoever comes next starts at the top: the heading takes focus each time this screen appears.
  useEffect(() => headingRef.current?.focus(), [headingRef]);
  return (
    <div className="vp-kiosk-welcome">
      {preHeading && <p className="vp-tell__pre-heading">{preHeading}</p>}
      <h1 ref={headingRef} tabIndex={-1} className="utrecht-heading-1 vp-tell__heading vp-kiosk-welcome__heading">{heading}</h1>
      <p className="utrecht-paragraph vp-kiosk-welcome__text">{t("kioskWelcomeText")}</p>
      <ul className="vp-kiosk-welcome__points">
        <li>{t("kioskWelcomeTime")}</li>
        <li>{t("kioskWelcomeAnonymous")}</li>
      </ul>
      <button type="button" className="utrecht-button utrecht-button--primary-action vp-kiosk-welcome__start" onClick={onStart}>
        {t("kioskStart")}
      </button>
    </div>
  );
}
