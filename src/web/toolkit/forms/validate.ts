// Checks the browser already knows (required, e-mail, length, numbers) turned into plain-language
// messages before anything goes to the server. The server still checks everything; its
// invalidParams arrive in the same shape.
import type { Lang } from "../i18n.tsx";
import { formMessages as m } from "./messages.ts";

export interface FieldError {
  name: string;
  reason: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function reasonFor(el: Control, lang: Lang): string | undefined {
  // Required fields are marked with aria-required (see useField), so "missing" is checked here.
  if (el.getAttribute("aria-required") === "true" && !el.value.trim()) {
    return (el instanceof HTMLSelectElement ? m.selectMissing : m.valueMissing)[lang];
  }
  const v = el.validity;
  if (v.valid) return undefined;
  if (v.typeMismatch && el.type === "email") return m.emailInvalid[lang];
  if (v.tooShort && "minLength" in el) return m.tooShort[lang].replace("{min}", String(el.minLength));
  if (v.tooLong && "maxLength" in el) return m.tooLong[lang].replace("{max}", String(el.maxLength));
  // The only date with a minimum in this app is an end date, bounded by its start date.
  if (v.rangeUnderflow && el.type === "date") return m.dateTooEarly[lang];
  if (v.badInput || v.stepMismatch) return m.notANumber[lang];
  if ((v.rangeUnderflow || v.rangeOverflow) && el instanceof HTMLInputElement) {
    return m.outOfRange[lang].replace("{min}", el.min).replace("{max}", el.max);
  }
  return m.invalid[lang];
}

/** One error per named control, in the order they appear in the form. */
export function validateForm(form: HTMLFormElement, lang: Lang): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    // Live previews inside a form (the framework editor's) are for trying out, not for sending.
    if (!el.name || el.disabled || seen.has(el.name) || el.closest("[data-skip-validation]")) continue;
    const reason = reasonFor(el, lang);
    if (reason) {
      errors.push({ name: el.name, reason });
      seen.add(el.name);
    }
  }
  return errors;
}
