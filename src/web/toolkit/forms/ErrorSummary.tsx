// Lists every problem at the top of the form, each linking to its field, and takes focus so the
// person hears at once that something needs fixing.
import { withColon } from "../../../core/text/punctuation.ts";
import { useEffect, useRef } from "react";
import { useT } from "../i18n.tsx";
import { fieldId, useFormState } from "./context.ts";
import { formMessages } from "./messages.ts";
import type { FieldError } from "./validate.ts";

interface ErrorSummaryProps {
  formId: string;
  errors: FieldError[];
  problem?: { title: string; detail?: string };
  attempt: number;
}

/** The field an error belongs to: itself, or the nearest enclosing field ("teamIds.0" → "teamIds"). */
function targetOf(formId: string, name: string): HTMLElement | null {
  const parts = name.split(".");
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(formId, parts.slice(0, n).join(".")));
    if (el) return el;
  }
  return null;
}

export function ErrorSummary({ formId, errors, problem, attempt }: ErrorSummaryProps) {
  const t = useT(formMessages);
  const { labels } = useFormState();
  const box = useRef<HTMLDivElement>(null);
  const headingId = `${formId}-summary`;
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);

  return (
    <div className="vp-error-summary" tabIndex={-1} ref={box} aria-labelledby={headingId}>
      <h2 className="vp-error-summary__title" id={headingId}>{problem?.title ?? t("summaryTitle")}</h2>
      {problem?.detail && <p>{problem.detail}</p>}
      {errors.length > 0 && (
        <ul className="vp-error-summary__list">
          {errors.map((error) => {
            const target = targetOf(formId, error.name);
            const label = labels.get(error.name) ?? labels.get(target?.getAttribute("name") ?? "");
            const text = label ? t("summaryItem", { label: withColon(label), reason: error.reason }) : error.reason;
            return (
              <li key={error.name}>
                {target ? (
                  <a href={`#${target.id}`} onClick={(e) => {
                    e.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: "center" });
                  }}>{text}</a>
                ) : text}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

