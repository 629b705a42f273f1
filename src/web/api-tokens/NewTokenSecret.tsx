// The token right after it was made: shown once, with a copy button and the advice to store it now.
import { useEffect, useRef, useState } from "react";
import type { ApiTokenCreated } from "../../contract/api-tokens.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { tokenMessages } from "./messages.ts";

export function NewTokenSecret({ token }: { token: ApiTokenCreated }) {
  const t = useT(tokenMessages);
  const [copied, setCopied] = useState<"yes" | "failed">();
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), [token.id]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div ref={heading} tabIndex={-1} className="vp-token-secret">
      <Alert type="warning" title={t("createdTitle", { name: token.name })} role="alert">
        <p>{t("createdOnce")}</p>
        <p className="vp-token-secret__label">{t("tokenLabel")}</p>
        <code className="vp-token-secret__value">{token.token}</code>
        <div className="vp-button-row">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>{t("copy")}</button>
        </div>
        <p role="status">{copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}</p>
      </Alert>
    </div>
  );
}
