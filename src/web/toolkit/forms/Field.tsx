// Labelled form controls. Each field links its label, description and error message to the control
// (for, aria-describedby, aria-invalid), so screen readers announce all three.
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useEffect } from "react";
import { useT } from "../i18n.tsx";
import { errorFor, fieldId, useFormState } from "./context.ts";
import { formMessages } from "./messages.ts";

/**
 * Required fields carry aria-required, not the required attribute: the NL Design System CSS paints
 * :invalid and :user-invalid controls red, so with `required` an empty field would look wrong before
 * anyone typed, or after a successful save cleared it. Form checks aria-required itself.
 */
export function useField(name: string, label: string, description?: ReactNode, required?: boolean) {
  const { formId, errors, labels } = useFormState();
  const id = fieldId(formId, name);
  const error = errorFor(errors, name);
  useEffect(() => {
    labels.set(name, label);
    return () => void labels.delete(name);
  }, [labels, name, label]);
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return {
    id, error, descriptionId, errorId,
    control: { id, name, "aria-describedby": describedBy, "aria-invalid": error ? (true as const) : undefined, "aria-required": required || undefined },
  };
}

interface ShellProps {
  field: ReturnType<typeof useField>;
  label: ReactNode;
  description?: ReactNode;
  /** Says "(niet verplicht)" after the label, in forms where most fields are required. */
  optional?: boolean;
  children: ReactNode;
}

function FieldShell({ field, label, description, optional, children }: ShellProps) {
  const t = useT(formMessages);
  return (
    <div className={`utrecht-form-field vp-field${field.error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.id}>
          {label}
          {optional && <span className="vp-optional"> {t("optional")}</span>}
        </label>
      </div>
      {description && <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>{description}</div>}
      {field.error && <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={field.errorId}>{field.error}</div>}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

interface Common {
  name: string;
  label: string;
  /** How the error summary names the field where the label alone is ambiguous ("Vraag 3: Hoek 2"). */
  summaryLabel?: string;
  description?: ReactNode;
  optional?: boolean;
}

type TextFieldProps = Common & { value: string; onChange: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "value" | "onChange" | "id">;

export function TextField({ name, label, summaryLabel, description, optional, required, value, onChange, className, ...rest }: TextFieldProps) {
  const field = useField(name, summaryLabel ?? label, description, required);
  return (
    <FieldShell field={field} label={label} description={description} optional={optional}>
      <input {...rest} {...field.control} value={value} onChange={(e) => onChange(e.target.value)}
        className={`utrecht-textbox utrecht-textbox--html-input${field.error ? " utrecht-textbox--invalid" : ""} ${className ?? ""}`} />
    </FieldShell>
  );
}

type TextAreaFieldProps = Common & { value: string; onChange: (value: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "value" | "onChange" | "id">;

export function TextAreaField({ name, label, summaryLabel, description, optional, required, value, onChange, ...rest }: TextAreaFieldProps) {
  const field = useField(name, summaryLabel ?? label, description, required);
  return (
    <FieldShell field={field} label={label} description={description} optional={optional}>
      <textarea {...rest} {...field.control} value={value} onChange={(e) => onChange(e.target.value)}
        className={`utrecht-textarea utrecht-textarea--html-textarea${field.error ? " utrecht-textarea--invalid" : ""}`} />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  /** A line under a radio button or checkbox explaining the choice. */
  hint?: string;
}

type SelectFieldProps = Common & {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** The first, empty choice, e.g. "Kies een vragenkader" or "Alle teams". */
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "value" | "onChange" | "id">;

export function SelectField({ name, label, summaryLabel, description, optional, required, value, onChange, options, placeholder, ...rest }: SelectFieldProps) {
  const field = useField(name, summaryLabel ?? label, description, required);
  return (
    <FieldShell field={field} label={label} description={description} optional={optional}>
      <select {...rest} {...field.control} value={value} onChange={(e) => onChange(e.target.value)}
        className={`utrecht-select utrecht-select--html-select${field.error ? " utrecht-select--invalid" : ""}`}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}
