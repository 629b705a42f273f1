// A link that could not be mailed (no mail server, or sending failed), for the admin to pass on.
import { useId, useState } from "react";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { peopleMessages } from "./messages.ts";

export function LinkToPassOn({ title, text, link }: { title: string; text: string; link: string }) {
  const t = useT(peopleMessages);
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <Alert type="info" title={title} role="status">
      <p>{text}</p>
      <label className="utrecht-form-label" htmlFor={id}>{t("linkLabel")}</label>
      <input id={id} className="utrecht-textbox utrecht-textbox--html-input vp-link-box" readOnly value={link}
        onFocus={(e) => e.currentTarget.select()} />
      <div className="vp-button-row">
        <button type="button" className="utrecht-button utrecht-button--secondary-action"
          onClick={() => navigator.clipboard.writeText(link).then(() => setCopied(true), () => setCopied(false))}>
          {t("copyLink")}
        </button>
        {copied && <span role="status">{t("linkCopied")}</span>}
      </div>
    </Alert>
  );
}
