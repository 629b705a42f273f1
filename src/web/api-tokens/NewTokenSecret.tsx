// A secret right after it was made (an API token, a sector key): shown once, with a copy button and
// the advice to store it now.
import { useEffect, useRef, useState } from "react";
import type { ApiTokenCreated } from "../../contract/api-tokens.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { tokenMessages } from "./messages.ts";

interface ShownOnceProps {
  /** Takes focus again whenever it changes: a new secret. */
  id: string;
  title: string;
  advice: string;
  /** What goes with the secret, e.g. the address to use it at. */
  context?: { label: string; value: string };
  label: string;
  secret: string;
  words: { copy: string; copied: string; copyFailed: string };
}

export function SecretShownOnce({ id, title, advice, context, label, secret, words }: ShownOnceProps) {
  const [copied, setCopied] = useState<"yes" | "failed">();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [id]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div ref={box} tabIndex={-1} className="vp-token-secret">
      <Alert type="warning" title={title} role="alert">
        <p>{advice}</p>
        {context && (
          <>
            <p className="vp-token-secret__label">{context.label}</p>
            <code className="vp-token-secret__value">{context.value}</code>
          </>
        )}
        <p className="vp-token-secret__label">{label}</p>
        <code className="vp-token-secret__value" data-testid="new-secret">{secret}</code>
        <div className="vp-button-row">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>{words.copy}</button>
        </div>
        <p role="status">{copied === "yes" ? words.copied : copied === "failed" ? words.copyFailed : ""}</p>
      </Alert>
    </div>
  );
}

export function NewTokenSecret({ token }: { token: ApiTokenCreated }) {
  const t = useT(tokenMessages);
  return (
    <SecretShownOnce id={token.id} title={t("createdTitle", { name: token.name })} advice={t("createdOnce")} label={t("tokenLabel")} secret={token.token}
      words={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }} />
  );
}
