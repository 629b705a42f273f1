// The ways in for tellers without an account: the public link, its QR code and the kiosk link.
import "./collections.css";
import { useState } from "react";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Collection } from "../../contract/collections.ts";
import { collectionMessages } from "./messages.ts";

export function SharePanel({ collection: c }: { collection: Collection }) {
  const t = useT(collectionMessages);
  const [copyState, setCopyState] = useState<"copied" | "failed">();
  const qrUrl = `/api/v1/collections/${c.id}/qr-code`;
  const kioskUrl = `${c.publicUrl}?kiosk=1`;
  const copy = () => {
    setCopyState(undefined);
    navigator.clipboard.writeText(c.publicUrl).then(() => setCopyState("copied"), () => setCopyState("failed"));
  };
  return (
    <section className="vp-card vp-share" aria-labelledby="delen">
      <h2 className="utrecht-heading-2" id="delen">{t("shareHeading")}</h2>
      {!c.anonymous ? (
        <p className="utrecht-paragraph">{t("notAnonymous")}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t("shareIntro")}</p>
          {c.state !== "open" && <Alert type="warning">{t("shareClosed")}</Alert>}
          <h3 className="utrecht-heading-3">{t("publicLink")}</h3>
          <p className="vp-share__link"><a href={c.publicUrl}>{c.publicUrl}</a></p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copy}>{t("copy")}</button>
          <p role="status" className="vp-share__status">{copyState && t(copyState === "copied" ? "copied" : "copyFailed")}</p>
          <img className="vp-share__qr" src={qrUrl} alt={t("qrAlt", { url: c.publicUrl })} width={200} height={200} />
          <p><a href={qrUrl} download={`vertelpunt-${c.slug}.svg`}>{t("qrDownload")}</a></p>
          <p className="utrecht-paragraph">{t("posterHint")}</p>
          <p><a href={`/api/v1/collections/${c.id}/poster`} download className="utrecht-button utrecht-button--secondary-action vp-button-link">{t("posterDownload")}</a></p>
          <h3 className="utrecht-heading-3">{t("kioskLink")}</h3>
          <p className="utrecht-paragraph">{t("kioskHint")}</p>
          <p className="vp-share__link"><a href={kioskUrl}>{kioskUrl}</a></p>
        </>
      )}
    </section>
  );
}
