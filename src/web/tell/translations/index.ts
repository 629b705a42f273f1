// The client-facing screens (story form, thank-you, receipt, reflection, the question widgets) in the
// languages of the people who tell. Each language is its own file, loaded only when chosen, and
// registers its texts with the dictionaries they translate (app/i18n.tsx falls back to English).
import { addTranslations, type ExtraLang, type FormLang } from "../../toolkit/i18n.tsx";
import { messages as signifierMessages } from "../../signifiers/messages.ts";
import { messages as tellMessages } from "../messages.ts";
import { receiptMessages } from "../receiptMessages.ts";
import { reflectionMessages } from "../reflectionMessages.ts";
import type { FormTexts } from "./form-texts.ts";

/** Each language's name in that language, for the language choice. */
export const languageNames: Record<string, string> = {
  nl: "Nederlands", en: "English", tr: "Türkçe", ar: "العربية", pl: "Polski", uk: "Українська",
  de: "Deutsch", fr: "Français", es: "Español", ti: "ትግርኛ", pap: "Papiamentu",
};

/**
 * Words for colleagues only (the interview mode, the client reference, the staff form): the public
 * screens never show them, so the translations leave them out.
 */
export const staffOnlyKeys: ReadonlySet<string> = new Set([
  "tellerLegend", "tellerSelf", "tellerInterview", "subjectRefLabel", "subjectRefHint", "subjectRefTooLong",
  "confirmedAloudLabel", "confirmedAloudRequired", "staffTitle", "notOpen", "backToCollection",
]);
export const isClientFacing = (key: string) => !key.endsWith("Interview") && !staffOnlyKeys.has(key);

const loaders: Record<ExtraLang, () => Promise<FormTexts>> = {
  tr: () => import("./tr.ts").then((m) => m.tr),
  ar: () => import("./ar.ts").then((m) => m.ar),
  pl: () => import("./pl.ts").then((m) => m.pl),
  uk: () => import("./uk.ts").then((m) => m.uk),
};

export function registerFormTexts(lang: ExtraLang, texts: FormTexts) {
  addTranslations(tellMessages, lang, texts.tell);
  addTranslations(signifierMessages, lang, texts.signifiers);
  addTranslations(receiptMessages, lang, texts.receipt);
  addTranslations(reflectionMessages, lang, texts.reflection);
}

const loaded = new Map<FormLang, Promise<void>>();

/** Loads (once) the texts of a form language; Dutch and English are always there. */
export function loadFormTexts(lang: FormLang): Promise<void> {
  if (lang === "nl" || lang === "en") return Promise.resolve();
  let pending = loaded.get(lang);
  if (!pending) {
    pending = loaders[lang]().then((texts) => registerFormTexts(lang, texts));
    loaded.set(lang, pending);
  }
  return pending;
}
