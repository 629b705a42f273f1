// Dutch first, English second. Each feature keeps its own dictionary (messages.ts beside it) and
// registers it with defineMessages; the chosen language is remembered in localStorage.
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

export type Lang = "nl" | "en";
export type Dictionary = Record<string, { nl: string; en: string }>;

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
  useEffect(() => {
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
  const { lang } = useLang();
  return (key: keyof D & string, params?: Record<string, string | number>) => {
    let text = dictionary[key]?.[lang] ?? key;
    for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}
