// The list of problems at the top of the form after a send that did not go through. It takes focus,
// so screen readers announce it, and each line links to (and focuses) its field.
import "@utrecht/alert-css/dist/index.css";
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/link-css/dist/index.css";
import { type ReactNode, useEffect, useRef } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

export interface SummaryEntry {
  /** Id of the field's element; the link focuses the first control inside it. */
  target: string;
  /** Words, with a question of the framework marked in its language. */
  text: ReactNode;
}

export function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches("input, textarea, select, [tabindex]")
    ? element
    : element.querySelector<HTMLElement>("input:not([disabled]), textarea, select, [tabindex='0']");
  element.scrollIntoView({ block: "center" });
  (control ?? element).focus({ preventScroll: true });
}

export function ErrorSummary({ id, entries, attempt }: { id: string; entries: SummaryEntry[]; attempt: number }) {
  const t = useT(messages);
  const ref = useRef<HTMLDivElement>(null);
  // Every failed send moves focus here again, even when the list is the same.
  useEffect(() => ref.current?.focus(), [attempt]);
  return (
    <div ref={ref} id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className="utrecht-alert utrecht-alert--error vp-tell-alert vp-tell-alert--error">
      <div className="utrecht-alert__content">
        <h2 id={`${id}-title`} className="utrecht-heading-2 vp-tell-alert__title">{t("summaryTitle")}</h2>
        <p className="vp-tell-alert__text">{t("summaryIntro")}</p>
        <ul className="vp-tell-summary__list">
          {entries.map((entry) => (
            <li key={entry.target}>
              <a
                href={`#${entry.target}`} className="utrecht-link"
                onClick={(e) => {
                  e.preventDefault();
                  focusField(entry.target);
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
