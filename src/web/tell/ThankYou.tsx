// After a story was stored. Focus moves to the heading so screen readers announce it. An anonymous
// teller also gets the private link to follow or withdraw the story.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { lazy, type ReactNode, Suspense, useEffect, useRef } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";
import { ReceiptLink } from "./ReceiptLink.tsx";

const Reflection = lazy(() => import("./Reflection.tsx"));

export function ThankYou(props: {
  onAnother: () => void; kioskSecondsLeft?: number; receiptUrl?: string; reflectionPath?: string; children?: ReactNode;
  /** A colleague wrote a client's story down: thank the colleague, not the client. */
  interview?: boolean;
  /** Not sent yet: it waits on this device for a connection. */
  queued?: boolean;
}) {
  const t = useT(messages);
  const w = (key: "thanksTitle" | "thanksText" | "queuedTitle" | "queuedText" | "another") => t(props.interview ? `${key}Interview` : key);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="vp-tell-thanks">
      <svg className="vp-tell-thanks__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <circle cx="24" cy="24" r="24" />
        <path d="m14 25 7 7 13-15" />
      </svg>
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1 vp-tell__heading">{w(props.queued ? "queuedTitle" : "thanksTitle")}</h1>
      <p className="utrecht-paragraph">{w(props.queued ? "queuedText" : "thanksText")}</p>
      {props.receiptUrl && <ReceiptLink url={props.receiptUrl} />}
      {props.kioskSecondsLeft !== undefined && (
        <p className="utrecht-paragraph vp-tell-thanks__restart">{t("kioskRestart", { seconds: props.kioskSecondsLeft })}</p>
      )}
      <div className="vp-tell-thanks__actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={props.onAnother}>
          {w("another")}
        </button>
        {props.children}
      </div>
      {props.reflectionPath && <Suspense fallback={null}><Reflection path={props.reflectionPath} /></Suspense>}
    </div>
  );
}
