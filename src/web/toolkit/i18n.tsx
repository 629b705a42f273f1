// Dutch first, English second. Each feature keeps its own dictionary (messages.ts beside it) and
// registers it with defineMessages; the chosen language is remembered in localStorage.
import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useState } from "react";

export type Lang = "nl" | "en";
export type Dictionary = Record<string, { nl: string; en: string }>;

// The client-facing screens (story form, receipt) also speak the languages of the people who tell.
// Their texts live in translation files beside those screens and are registered here per dictionary;
// a key a file lacks falls back to English.
export const formLanguages = ["nl", "en", "tr", "ar", "pl", "uk"] as const;
export type FormLang = (typeof formLanguages)[number];
export type ExtraLang = Exclude<FormLang, Lang>;
export const isFormLang = (value: unknown): value is FormLang => formLanguages.includes(value as FormLang);
export const rightToLeft: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);
const extraTexts = new Map<Dictionary, Partial<Record<ExtraLang, Readonly<Record<string, string>>>>>();

export function addTranslations<D extends Dictionary>(dictionary: D, lang: ExtraLang, texts: Partial<Record<keyof D, string>>) {
  extraTexts.set(dictionary, { ...extraTexts.get(dictionary), [lang]: texts as Record<string, string> });
}

/** A text in one of the form languages, English where the translation lacks it. */
export function textIn<D extends Dictionary>(dictionary: D, key: keyof D & string, lang: FormLang): string {
  const entry = dictionary[key];
  if (lang === "nl" || lang === "en") return entry?.[lang] ?? key;
  return extraTexts.get(dictionary)?.[lang]?.[key] ?? entry?.en ?? key;
}

const FormLangContext = createContext<FormLang | undefined>(undefined);

/**
 * Shows its part of the page in a form language: texts, html lang and (for Arabic) the direction.
 * The html attributes are set after LangProvider's (a layout effect), so they win while it is shown.
 */
export function FormLangProvider({ lang, children }: { lang: FormLang; children: ReactNode }) {
  const base = useContext(LangContext).lang;
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = rightToLeft.has(lang) ? "rtl" : "ltr";
    return () => {
      html.lang = base;
      html.dir = "ltr";
    };
  }, [lang, base]);
  return <FormLangContext.Provider value={lang}>{children}</FormLangContext.Provider>;
}

/** Whether the words on screen run right to left (Arabic): widgets mirror and arrow keys follow. */
export const useRightToLeft = () => rightToLeft.has(useShownLang());

/** The language the words on screen are in: the form's where one is chosen, else the app's. */
export function useShownLang(): FormLang {
  const form = useContext(FormLangContext);
  const { lang } = useContext(LangContext);
  return form ?? lang;
}

export function defineMessages<D extends Dictionary>(dictionary: D): D {
  return dictionary;
}

const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({ lang: "nl", setLang: () => {} });

function initialLang(): Lang {
  const stored = typeof localStorage !== "undefined" ? localStorage.getItem("vertelpunt.lang") : null;
  return stored === "en" ? "en" : "nl";
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    localStorage.setItem("vertelpunt.lang", next);
    setLangState(next);
  };
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

/** t("key", {name}) from a feature's dictionary, with {placeholders} filled in. */
export function useT<D extends Dictionary>(dictionary: D) {
  const lang = useShownLang();
  return (key: keyof D & string, params?: Record<string, string | number>) => {
    let text = textIn(dictionary, key, lang);
    for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}
