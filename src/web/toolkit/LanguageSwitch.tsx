// Switches between Dutch and English. The button names the other language in that language (with
// its lang attribute), the way people look for it; the choice is remembered (i18n.tsx).
import { useLang, useT } from "./i18n.tsx";
import { appMessages } from "./messages.ts";

export function LanguageSwitch({ className }: { className?: string }) {
  const { lang, setLang } = useLang();
  const t = useT(appMessages);
  return (
    <button type="button" className={className ?? "vp-header__button"} lang={t("switchLanguageCode")}
      onClick={() => setLang(lang === "nl" ? "en" : "nl")}>
      {t("switchLanguage")}
    </button>
  );
}
