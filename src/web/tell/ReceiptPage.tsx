// The receipt page at /bon/:token: an anonymous teller's private link to their story. It shows the
// story as it is kept, how often colleagues discussed it and what was done with it, and lets the
// teller withdraw it. The token is the only key, so the page needs no account.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import "./receipt.css";
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import type { Receipt } from "../../contract/stories.ts";
import { api, ApiError } from "../toolkit/api.ts";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { PublicShell } from "./PublicShell.tsx";
import { receiptMessages } from "./receiptMessages.ts";
import { WithdrawStory } from "./WithdrawStory.tsx";

const Reflection = lazy(() => import("./Reflection.tsx"));

type Load =
  | { state: "loading" }
  | { state: "ready"; receipt: Receipt }
  | { state: "notFound" }
  | { state: "failed" }
  | { state: "withdrawn" };

export default function ReceiptPage({ token }: { token: string }) {
  const t = useT(receiptMessages);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const path = `/receipts/${encodeURIComponent(token)}`;

  useEffect(() => {
    let current = true;
    setLoad({ state: "loading" });
    api<Receipt>(path).then(
      (receipt) => current && setLoad({ state: "ready", receipt }),
      (error) => {
        // A malformed token (400) is as unknown as a withdrawn story (404).
        const gone = error instanceof ApiError && (error.status === 404 || error.status === 400);
        if (current) setLoad({ state: gone ? "notFound" : "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [path, attempt]);

  useEffect(() => {
    document.title = `${t(load.state === "withdrawn" ? "withdrawnTitle" : "pageTitle")} – Vertelpunt`;
  });

  return (
    <PublicShell>
      <div className="vp-tell vp-receipt" aria-busy={load.state === "loading" || undefined}>
        {load.state === "loading" && <p className="utrecht-paragraph">{t("loading")}</p>}
        {load.state === "notFound" && <Message title={t("notFoundTitle")} text={t("notFoundText")} />}
        {load.state === "failed" && (
          <Message title={t("pageTitle")} text={t("loadFailed")}>
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setAttempt((n) => n + 1)}>
              {t("tryAgain")}
            </button>
          </Message>
        )}
        {load.state === "withdrawn" && <Message title={t("withdrawnTitle")} text={t("withdrawnText")} focus />}
        {load.state === "ready" && (
          <ReceiptView receipt={load.receipt} reflectionPath={`${path}/reflection`}>
            <WithdrawStory path={path} onWithdrawn={() => setLoad({ state: "withdrawn" })} />
          </ReceiptView>
        )}
      </div>
    </PublicShell>
  );
}

function ReceiptView({ receipt, reflectionPath, children }: { receipt: Receipt; reflectionPath: string; children: ReactNode }) {
  const t = useT(receiptMessages);
  const { lang } = useLang();
  const n = receipt.interpretations;
  return (
    <>
      <p className="vp-tell__pre-heading">{receipt.collectionName}</p>
      <h1 className="utrecht-heading-1 vp-tell__heading">{t("pageTitle")}</h1>
      <p className="utrecht-paragraph">{t("toldAt", { date: formatDate(receipt.toldAt, lang) })} {t("asKept")}</p>
      <blockquote className="vp-receipt__story">
        {receipt.title && <p className="utrecht-paragraph vp-receipt__story-title">{receipt.title}</p>}
        <p className="utrecht-paragraph vp-receipt__story-text">{receipt.text}</p>
      </blockquote>
      <p className="utrecht-paragraph">{n === 0 ? t("discussedNever") : n === 1 ? t("discussedOnce") : t("discussedMany", { count: n })}</p>

      <h2 className="utrecht-heading-2 vp-receipt__heading">{t("followUpsTitle")}</h2>
      {receipt.followUps.length === 0 ? (
        <p className="utrecht-paragraph">{t("followUpsNone")}</p>
      ) : (
        <ul className="vp-receipt__follow-ups">
          {receipt.followUps.map((f, i) => (
            <li key={i} className="vp-receipt__follow-up">
              <p className="utrecht-paragraph vp-receipt__follow-up-meta">
                <strong>{t(f.kind === "action" ? "kindAction" : "kindResponse")}</strong>, {formatDate(f.createdAt, lang)}
              </p>
              <p className="utrecht-paragraph vp-receipt__follow-up-text">{f.text}</p>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={null}><Reflection path={reflectionPath} /></Suspense>
      {children}
    </>
  );
}

function Message({ title, text, focus, children }: { title: string; text: string; focus?: boolean; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After withdrawing, focus moves to the outcome so screen readers announce it.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1 vp-tell__heading">{title}</h1>
      <p className="utrecht-paragraph">{text}</p>
      {children}
    </>
  );
}
