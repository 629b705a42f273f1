// A key right after it was issued: shown once, with this server's address and a copy button.
import { useEffect, useRef, useState } from "react";
import type { SectorCredential } from "../../contract/sectors.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { sectorAdminMessages } from "./messages.ts";

export function NewCredential({ credential }: { credential: SectorCredential }) {
  const t = useT(sectorAdminMessages);
  const [copied, setCopied] = useState<"yes" | "failed">();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [credential.id]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(credential.credential);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div ref={box} tabIndex={-1} className="vp-token-secret">
      <Alert type="warning" title={t("issuedTitle", { name: credential.name })} role="alert">
        <p>{t("issuedOnce")}</p>
        <p className="vp-token-secret__label">{t("serverAddress")}</p>
        <code className="vp-token-secret__value">{location.origin}</code>
        <p className="vp-token-secret__label">{t("credential")}</p>
        <code className="vp-token-secret__value" data-testid="new-credential">{credential.credential}</code>
        <div className="vp-button-row">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>{t("copy")}</button>
        </div>
        <p role="status">{copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}</p>
      </Alert>
    </div>
  );
}
