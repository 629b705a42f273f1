// Related fields under one legend, e.g. "Periode" with a start and an end date.
import { type ReactNode, useId } from "react";

interface FieldGroupProps {
  legend: string;
  description?: ReactNode;
  children: ReactNode;
  /** Lays the fields side by side where there is room. */
  row?: boolean;
}

export function FieldGroup({ legend, description, children, row }: FieldGroupProps) {
  const descriptionId = useId();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-field vp-group" aria-describedby={description ? descriptionId : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && <div className="utrecht-form-field-description" id={descriptionId}>{description}</div>}
      <div className={row ? "vp-group__row" : "vp-group__stack"}>{children}</div>
    </fieldset>
  );
}
