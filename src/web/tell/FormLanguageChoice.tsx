// The form's language choice at the top of the public form: the framework's languages, each named in
// its own language (and marked so for screen readers), and easy language where the framework has it
// for the chosen language. A framework in one language keeps the app's Dutch/English switch.
import "@utrecht/select-css/dist/index.css";
import "@utrecht/form-label-css/dist/index.css";
import { useId } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { LanguageSwitch } from "../toolkit/LanguageSwitch.tsx";
import { messages } from "./messages.ts";
import { languageNames } from "./translations/index.ts";

interface Props {
  languages: readonly string[];
  lang: string;
  easyAvailable: boolean;
  easy: boolean;
  onChange: (choice: { lang: string; easy: boolean }) => void;
}

export function FormLanguageChoice({ languages, lang, easyAvailable, easy, onChange }: Props) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="vp-form-language">
      {languages.length <= 1 && <LanguageSwitch className="utrecht-button utrecht-button--subtle vp-public__lang" />}
      {languages.length > 1 && (
        <span className="vp-form-language__field">
          <label htmlFor={id} className="utrecht-form-label">{t("languageLabel")}</label>
          <select id={id} className="utrecht-select utrecht-select--html-select vp-form-language__select" value={lang}
            onChange={(e) => onChange({ lang: e.target.value, easy })}>
            {languages.map((l) => <option key={l} value={l} lang={l}>{languageNames[l] ?? l}</option>)}
          </select>
        </span>
      )}
      {easyAvailable && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action vp-form-language__easy" aria-pressed={easy}
          onClick={() => onChange({ lang, easy: !easy })}>
          {t("easyLanguage")}
        </button>
      )}
    </div>
  );
}
