// Which language (and whether easy language) the public form is shown in: from ?lang= and ?easy=1
// in the address, kept there when the teller chooses, so a reload or a shared link keeps it. The
// interface texts of a language are loaded before the form switches to it.
import { useEffect, useState } from "react";
import { type FormLang, isFormLang, useLang } from "../toolkit/i18n.tsx";
import { loadFormTexts } from "./translations/index.ts";

export interface FormLanguage {
  /** The framework's texts are shown in this language (where it has them). */
  lang: string | undefined;
  easy: boolean;
}

function fromAddress(): FormLanguage {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get("lang") ?? undefined;
  return { lang: lang && /^[a-z]{2}$/.test(lang) ? lang : undefined, easy: params.get("easy") === "1" };
}

function toAddress({ lang, easy }: FormLanguage) {
  const url = new URL(window.location.href);
  if (lang) url.searchParams.set("lang", lang);
  else url.searchParams.delete("lang");
  if (easy) url.searchParams.set("easy", "1");
  else url.searchParams.delete("easy");
  window.history.replaceState(window.history.state, "", url);
}

export function useFormLanguage() {
  const { lang: appLang } = useLang();
  const [choice, setChoice] = useState<FormLanguage>(fromAddress);
  const wanted: FormLang = isFormLang(choice.lang) ? choice.lang : appLang;
  // The interface keeps speaking the last loaded language until the next one's texts are in.
  const [uiLang, setUiLang] = useState<FormLang>(wanted === "nl" || wanted === "en" ? wanted : appLang);
  useEffect(() => {
    let current = true;
    loadFormTexts(wanted).then(() => current && setUiLang(wanted), () => current && setUiLang(appLang));
    return () => {
      current = false;
    };
  }, [wanted, appLang]);
  const choose = (next: FormLanguage) => {
    toAddress(next);
    setChoice(next);
  };
  return { choice, uiLang, choose };
}
