// The anonymous teller's private link, on the thank-you screen: what it is for, the link itself and a
// copy button. Not shown in kiosk mode: a shared tablet keeps nothing and shows no personal link.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { useRef, useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

export function ReceiptLink({ url }: { url: string }) {
  const t = useT(messages);
  const link = useRef<HTMLAnchorElement>(null);
  const [copy, setCopy] = useState<"copied" | "copyFailed">();
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // No clipboard (plain http on a local network, or refused): select the link for copying by hand.
      const range = document.createRange();
      if (link.current) range.selectNodeContents(link.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopy("copyFailed");
    }
  };
  return (
    <section className="vp-tell-receipt" aria-labelledby="vp-receipt-title">
      <h2 id="vp-receipt-title" className="utrecht-heading-2 vp-tell-receipt__title">{t("receiptTitle")}</h2>
      <p className="utrecht-paragraph">{t("receiptText")}</p>
      <p className="utrecht-paragraph vp-tell-receipt__url">
        <a ref={link} href={url} className="utrecht-link">{url}</a>
      </p>
      <p className="utrecht-paragraph">{t("receiptPrivate")}</p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copyLink()}>
        {t("copyLink")}
      </button>
      <p className="vp-tell-receipt__status" role="status">{copy ? t(copy) : ""}</p>
    </section>
  );
}
