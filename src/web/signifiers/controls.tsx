// Form controls in NL Design System markup (utrecht-* classes), shared by the question widgets and
// the story form. Plain elements keep the public form's bundle small.
import "@utrecht/form-field-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/radio-button-css/dist/index.css";
import "@utrecht/custom-checkbox-css/dist/index.css";
import "@utrecht/checkbox-css/dist/index.css";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import { localeOf } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

interface ChoiceProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  describedBy?: string;
  invalid?: boolean;
}

export function Radio({ id, name, checked, onChange, children, describedBy, invalid }: ChoiceProps & { name: string }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--radio vp-choice">
      <input
        type="radio" id={id} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)}
        className={`utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input${checked ? " utrecht-radio-button--checked" : ""}`}
        aria-describedby={describedBy} aria-invalid={invalid || undefined}
      />
      <label htmlFor={id} className="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio">{children}</label>
    </div>
  );
}

export function Checkbox({ id, checked, onChange, children, describedBy, invalid }: ChoiceProps) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox vp-choice">
      <input
        type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)}
        className={`utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom${checked ? " utrecht-checkbox--checked" : ""}`}
        aria-describedby={describedBy} aria-invalid={invalid || undefined}
      />
      <label htmlFor={id} className="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox">{children}</label>
    </div>
  );
}

/**
 * "Nog 19.980 tekens over". The visible count is read with the field (aria-describedby); a polite
 * live region speaks only near the limit and only after typing pauses, so it does not talk over
 * every key press.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useT(messages);
  const { lang } = useLang();
  const format = (n: number) => n.toLocaleString(localeOf(lang));
  const left = max - length;
  const text = left >= 0 ? t("charactersLeft", { count: format(left) }) : t("charactersOver", { count: format(-left) });
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(left < Math.max(50, max * 0.1) ? text : ""), 1000);
    return () => clearTimeout(timer);
  }, [text, left, max]);
  return (
    <>
      <p id={id} className={`utrecht-form-field-description vp-count${left < 0 ? " vp-count--over" : ""}`}>{text}</p>
      <p className="vp-visually-hidden" aria-live="polite">{spoken}</p>
    </>
  );
}
