// The story form's own fields in NL Design System markup: each with its label or legend, hint and
// error, and the error tied to the control with aria-describedby.
import "@utrecht/form-field-css/dist/index.css";
import "@utrecht/form-fieldset-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import "@utrecht/form-field-description-css/dist/index.css";
import "@utrecht/form-field-error-message-css/dist/index.css";
import "@utrecht/textbox-css/dist/index.css";
import "@utrecht/textarea-css/dist/index.css";
import type { ReactNode } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { CharacterCount, Checkbox, Radio } from "../signifiers/controls.tsx";
import { messages as answerMessages } from "../signifiers/messages.ts";
import type { FieldError } from "./draft.ts";
import { messages } from "./messages.ts";

/** The words of a field error, whichever dictionary (or the server) it comes from. */
export function useErrorText() {
  const t = useT(messages);
  const ta = useT(answerMessages);
  return (error: FieldError) => ("message" in error ? t(error.message) : "answer" in error ? ta(error.answer) : error.text);
}

const describedBy = (id: string, hint?: ReactNode, error?: string, extra?: string) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : "", extra ?? ""].filter(Boolean).join(" ") || undefined;

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="utrecht-form-field-description vp-hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="utrecht-form-field-error-message vp-error">{error}</p>}
    </>
  );
}

function Optional() {
  const t = useT(messages);
  return <span className="vp-optional"> {t("optional")}</span>;
}

export function TextField(props: {
  id: string; label: string; value: string; onChange: (value: string) => void; hint?: ReactNode; error?: string;
  optional?: boolean; maxLength: number; multiline?: boolean; autoComplete?: string;
}) {
  const { id, label, value, onChange, hint, error, optional, maxLength, multiline } = props;
  const common = {
    id, value, maxLength, "aria-invalid": error ? true : undefined, autoComplete: props.autoComplete ?? "off",
    "aria-describedby": describedBy(id, hint, error, multiline ? `${id}-count` : undefined),
  };
  return (
    <div className={`utrecht-form-field vp-tell-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <label htmlFor={id} className="utrecht-form-label vp-tell-field__label">
        {label}
        {optional && <Optional />}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {multiline ? (
        <>
          <textarea
            {...common} rows={10} className="utrecht-textarea utrecht-textarea--html-textarea vp-textarea"
            onChange={(e) => onChange(e.target.value)}
          />
          <CharacterCount id={`${id}-count`} length={value.length} max={maxLength} />
        </>
      ) : (
        <input {...common} type="text" className="utrecht-textbox utrecht-textbox--html-input" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

export function RadioGroup<V extends string>(props: {
  id: string; legend: ReactNode; value: V | undefined; onChange: (value: V) => void;
  options: readonly { value: V; label: ReactNode }[]; hint?: ReactNode; error?: string;
}) {
  const { id, legend, value, onChange, options, hint, error } = props;
  return (
    <fieldset id={id} className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-question${error ? " utrecht-form-fieldset--invalid" : ""}`}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vp-question__legend">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="vp-options">
        {options.map((o) => (
          <Radio
            key={o.value} id={`${id}-${o.value}`} name={id} checked={value === o.value} onChange={() => onChange(o.value)}
            describedBy={describedBy(id, hint, error)} invalid={Boolean(error)}
          >
            {o.label}
          </Radio>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField(props: { id: string; checked: boolean; onChange: (checked: boolean) => void; label: ReactNode; error?: string }) {
  const { id, error } = props;
  return (
    <div className={`vp-tell-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <HintAndError id={id} error={error} />
      <Checkbox id={id} checked={props.checked} onChange={props.onChange} describedBy={describedBy(id, undefined, error)} invalid={Boolean(error)}>
        {props.label}
      </Checkbox>
    </div>
  );
}
