import { createContext, useContext } from "react";
import type { FieldError } from "./validate.ts";

export interface FormState {
  formId: string;
  errors: FieldError[];
  /** Field labels by name, so the error summary can say which field an error is about. */
  labels: Map<string, string>;
}

export const FormContext = createContext<FormState>({ formId: "form", errors: [], labels: new Map() });
export const useFormState = () => useContext(FormContext);

/** A DOM id for a field: API names such as "signifiers.2.labels.0" become "form-signifiers-2-labels-0". */
export const fieldId = (formId: string, name: string) => `${formId}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The error for a field: one about the field itself or about a part of it ("teamIds.0" for "teamIds"). */
export const errorFor = (errors: FieldError[], name: string) =>
  errors.find((e) => e.name === name || e.name.startsWith(`${name}.`))?.reason;
