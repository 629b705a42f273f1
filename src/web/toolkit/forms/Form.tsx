// A form that checks itself in the browser first, then sends; any problem+json answer is shown
// per field and in an error summary that takes focus (the GOV.UK / NL Design System pattern).
import "./forms.css";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { ApiError } from "../api.ts";
import { useLang, useT } from "../i18n.tsx";
import { FormContext } from "./context.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { formMessages } from "./messages.ts";
import { type FieldError, validateForm } from "./validate.ts";

interface FormProps {
  /** Sends the form. Throw (ApiError or any error) to show what went wrong. */
  onSubmit: () => Promise<void>;
  submitLabel: string;
  children: ReactNode;
  /** Shown beside the submit button, e.g. a cancel link. */
  secondary?: ReactNode;
  className?: string;
  /** The accessible name of the form, when a page has more than one. */
  label?: string;
}

export function Form({ onSubmit, submitLabel, children, secondary, className, label }: FormProps) {
  const formId = `form${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  const { lang } = useLang();
  const t = useT(formMessages);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<{ title: string; detail?: string }>();
  const [busy, setBusy] = useState(false);
  // Bumped on every failed submit so the summary takes focus again, even with the same errors.
  const [attempt, setAttempt] = useState(0);
  const labels = useRef(new Map<string, string>()).current;

  const fail = (fieldErrors: FieldError[], summary?: { title: string; detail?: string }) => {
    setErrors(fieldErrors);
    setProblem(summary);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clientErrors = validateForm(event.currentTarget, lang);
    if (clientErrors.length > 0) return fail(clientErrors);
    setBusy(true);
    try {
      await onSubmit();
      setErrors([]);
      setProblem(undefined);
    } catch (error) {
      if (error instanceof ApiError) {
        const fieldErrors = error.invalidParams.map(({ name, reason }) => ({ name, reason }));
        fail(fieldErrors, fieldErrors.length > 0 ? undefined : summaryOf(error));
      } else {
        fail([], { title: t("network") });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormContext.Provider value={{ formId, errors, labels }}>
      <form className={`vp-form ${className ?? ""}`} noValidate onSubmit={submit} aria-label={label}>
        {(errors.length > 0 || problem) && <ErrorSummary formId={formId} errors={errors} problem={problem} attempt={attempt} />}
        {children}
        <div className="vp-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
            {busy ? t("busy") : submitLabel}
          </button>
          {secondary}
        </div>
      </form>
    </FormContext.Provider>
  );
}

/** A server fault keeps its title ("Er ging iets mis") above the detail; for anything else the
 * detail is the useful sentence ("E-mailadres of wachtwoord klopt niet."), so it leads. */
function summaryOf(error: ApiError): { title: string; detail?: string } {
  if (error.status >= 500) return { title: error.title, detail: error.detail };
  return { title: error.detail || error.title };
}
