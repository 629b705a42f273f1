// What an erasure will remove, in words and per collection, and the explicit confirmation.
import { useEffect, useRef, useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { erasureMessages } from "./messages.ts";
import type { ErasurePreview, SubjectErasure } from "../../contract/erasures.ts";

interface Props {
  preview: ErasurePreview;
  input: Record<string, string>;
  onErased: (count: number) => void;
  onCancel: () => void;
}

export function ErasureConfirmation({ preview, input, onErased, onCancel }: Props) {
  const t = useT(erasureMessages);
  const { lang } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const [understood, setUnderstood] = useState(false);
  const [warn, setWarn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => heading.current?.focus(), [preview]);
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : "");

  const erase = async () => {
    if (!understood) return setWarn(true);
    setBusy(true);
    setError(undefined);
    try {
      const { erased } = await api<SubjectErasure>("/subject-erasures", { method: "POST", json: input });
      onErased(erased);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <section className="vp-card vp-card--stack vp-danger-zone" aria-labelledby="wat-gewist">
      <h2 className="utrecht-heading-2" id="wat-gewist" tabIndex={-1} ref={heading}>{t("previewHeading")}</h2>
      {preview.stories === 0 ? <p className="utrecht-paragraph">{t("none")}</p> : (
        <>
          <p className="utrecht-paragraph">
            {preview.stories === 1 ? t("summaryOne", { from: date(preview.firstToldAt) })
              : t("summary", { count: preview.stories, from: date(preview.firstToldAt), to: date(preview.lastToldAt) })}
          </p>
          <h3 className="utrecht-heading-3">{t("perCollection")}</h3>
          <ul className="utrecht-unordered-list">
            {preview.collections.map((c) => <li key={c.id}>{t("inCollection", { name: c.name, count: c.stories })}</li>)}
          </ul>
          {error !== undefined && <ProblemMessage error={error} />}
          <div className={`utrecht-form-field utrecht-form-field--checkbox vp-field vp-check${warn && !understood ? " utrecht-form-field--invalid" : ""}`}>
            {warn && !understood && <div className="utrecht-form-field-error-message" id="begrepen-fout">{t("mustConfirm")}</div>}
            <div className="utrecht-form-field__input">
              <input id="begrepen" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" checked={understood}
                aria-describedby={warn && !understood ? "begrepen-fout" : undefined} onChange={(e) => setUnderstood(e.target.checked)} />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="begrepen">{t("understood")}</label>
            </div>
          </div>
          <div className="vp-button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action vp-button--danger-solid" aria-disabled={busy || undefined} onClick={() => !busy && erase()}>
              {preview.stories === 1 ? t("eraseOne") : t("erase", { count: preview.stories })}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>{t("cancel")}</button>
          </div>
        </>
      )}
    </section>
  );
}
