// Checkboxes and radio buttons: one checkbox on its own, or a group under a legend.
import type { ReactNode } from "react";
import { errorFor, fieldId, useFormState } from "./context.ts";
import { type Option, useField } from "./Field.tsx";

interface CheckboxFieldProps {
  name: string;
  label: string;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ name, label, description, checked, onChange }: CheckboxFieldProps) {
  const field = useField(name, label, description);
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox vp-field vp-check${field.error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>{label}</label>
      </div>
      {description && <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>{description}</div>}
      {field.error && <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={field.errorId}>{field.error}</div>}
      <div className="utrecht-form-field__input">
        <input {...field.control} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          checked={checked} onChange={(e) => onChange(e.target.checked)} />
      </div>
    </div>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  description?: ReactNode;
  options: Option[];
  /** Radio buttons for one value, checkboxes for a list. */
  value: string | string[];
  onChange: (value: string | string[]) => void;
}

/** Radio groups always start with a choice made, so they need no "required" check. */
export function ChoiceGroup({ name, legend, description, options, value, onChange }: ChoiceGroupProps) {
  const { formId, errors } = useFormState();
  // Registers the legend as the group's label for the error summary.
  useField(name, legend);
  const groupId = fieldId(formId, name);
  const error = errorFor(errors, name);
  const multiple = Array.isArray(value);
  const describedBy = [description && `${groupId}-description`, error && `${groupId}-error`].filter(Boolean).join(" ") || undefined;
  const toggle = (option: string, on: boolean) => {
    if (!multiple) return onChange(option);
    onChange(on ? [...value, option] : value.filter((v) => v !== option));
  };
  return (
    <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-field${error ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && <div className="utrecht-form-field-description" id={`${groupId}-description`}>{description}</div>}
      {error && <div className="utrecht-form-field-error-message" id={`${groupId}-error`}>{error}</div>}
      <div className="vp-choices">
        {options.map((option, index) => {
          // The first option carries the group's id, so the error summary can move focus into the group.
          const id = index === 0 ? groupId : `${groupId}-${index}`;
          const checked = multiple ? value.includes(option.value) : value === option.value;
          return (
            <div key={option.value} className={`utrecht-form-field utrecht-form-field--${multiple ? "checkbox" : "radio"} vp-check`}>
              <div className="utrecht-form-field__label">
                <label className={`utrecht-form-label utrecht-form-label--${multiple ? "checkbox" : "radio"}`} htmlFor={id}>{option.label}</label>
              </div>
              {option.hint && <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>{option.hint}</div>}
              <div className="utrecht-form-field__input">
                <input id={id} name={name} type={multiple ? "checkbox" : "radio"} value={option.value} checked={checked}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                  className={multiple ? "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" : "utrecht-radio-button utrecht-radio-button--html-input"} />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
