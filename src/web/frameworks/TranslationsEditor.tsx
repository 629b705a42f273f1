// The editor's languages panel: per language how many texts are translated and what is missing,
// the texts themselves (translation, or the easy-language version) beside the source text, and a
// file for a translator. Texts are kept by key (core/framework-texts.ts), so they survive edits.
import { useId, useState } from "react";
import type { FrameworkDefinition } from "../../core/framework.ts";
import { type FrameworkText, frameworkTexts, localizeFramework, translationStatus } from "../../core/framework-texts.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Framework } from "../../contract/frameworks.ts";
import { type Draft, toDefinition } from "./draft.ts";
import { translatableLanguages } from "./languageNames.ts";
import { PictogramsEditor } from "./PictogramsEditor.tsx";
import { TranslationFiles } from "./TranslationFiles.tsx";
import { translationMessages } from "./translationMessages.ts";

type Variant = "translation" | "easy";
type ByLanguage = Record<string, Record<string, string>>;

interface Props {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  saved?: Framework;
  onUploaded: () => void;
}

export function TranslationsEditor({ draft, onChange, saved, onUploaded }: Props) {
  const t = useT(translationMessages);
  const { lang } = useLang();
  const nameOf = (code: string) => translatableLanguages[code]?.[lang] ?? code;
  const definition = toDefinition(draft) as FrameworkDefinition;
  const texts = frameworkTexts(definition);
  const translations = draft.translations ?? {};
  const easy = draft.easyLanguage ?? {};
  const languages = [draft.language, ...Object.keys(translations).filter((l) => l !== draft.language).sort()];
  const [editing, setEditing] = useState<{ language: string; variant: Variant }>({ language: languages[1] ?? draft.language, variant: languages[1] ? "translation" : "easy" });
  const variant: Variant = editing.language === draft.language ? "easy" : editing.variant;
  const setTexts = (which: Variant, language: string, next: Record<string, string>) => {
    const field = which === "easy" ? "easyLanguage" : "translations";
    onChange({ [field]: { ...(which === "easy" ? easy : translations), [language]: next } as ByLanguage });
  };
  const count = (byLanguage: ByLanguage, language: string) => texts.length - translationStatus(definition, language, byLanguage[language]).missing.length;

  return (
    <section className="vp-section" aria-labelledby="talen">
      <h2 className="utrecht-heading-2" id="talen">{t("heading")}</h2>
      <p className="utrecht-paragraph">{t("intro")}</p>
      <div className="vp-card vp-stack">
        <div className="vp-table-scroll">
          <table className="vp-table vp-table--fit">
            <caption>{t("overviewCaption")}</caption>
            <thead><tr><th scope="col">{t("columnLanguage")}</th><th scope="col">{t("columnTranslated")}</th><th scope="col">{t("columnEasy")}</th></tr></thead>
            <tbody>
              {languages.map((l) => (
                <tr key={l}>
                  <th scope="row">{l === draft.language ? t("source", { language: nameOf(l) }) : nameOf(l)}</th>
                  <td>{l === draft.language ? t("notApplicable") : t("done", { done: count(translations, l), total: texts.length })}</td>
                  <td>{t("done", { done: count(easy, l), total: texts.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <AddLanguage taken={languages} nameOf={nameOf} onAdd={(l) => {
          setTexts("translation", l, {});
          setEditing({ language: l, variant: "translation" });
        }} />
        <div className="vp-translation-choice">
          <label className="utrecht-form-label" htmlFor="vp-translation-language">{t("editLanguage")}</label>
          <select id="vp-translation-language" className="utrecht-select utrecht-select--html-select" value={editing.language}
            onChange={(e) => setEditing({ language: e.target.value, variant: editing.variant })}>
            {languages.map((l) => <option key={l} value={l}>{nameOf(l)}</option>)}
          </select>
          {editing.language !== draft.language && (
            <fieldset className="vp-translation-variant">
              <legend className="utrecht-form-label">{t("variant")}</legend>
              {(["translation", "easy"] as const).map((v) => (
                <label key={v} className="vp-inline-choice">
                  <input type="radio" name="vp-translation-variant" checked={variant === v} onChange={() => setEditing({ ...editing, variant: v })} />
                  {t(v === "easy" ? "variantEasy" : "variantTranslation")}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        <TextsTable
          key={`${editing.language}-${variant}`} language={editing.language} languageName={nameOf(editing.language)} variant={variant}
          texts={variant === "easy" ? frameworkTexts(localizeFramework(definition, editing.language)) : texts}
          values={(variant === "easy" ? easy : translations)[editing.language] ?? {}}
          onChange={(next) => setTexts(variant, editing.language, next)}
        />
        <TranslationFiles saved={saved} language={editing.language} variant={variant} onUploaded={onUploaded} />
      </div>
      <PictogramsEditor texts={texts} pictograms={draft.pictograms ?? {}} onChange={(pictograms) => onChange({ pictograms })} />
    </section>
  );
}

function AddLanguage({ taken, nameOf, onAdd }: { taken: string[]; nameOf: (code: string) => string; onAdd: (code: string) => void }) {
  const t = useT(translationMessages);
  const id = useId();
  const [choice, setChoice] = useState("");
  const free = Object.keys(translatableLanguages).filter((l) => !taken.includes(l));
  return (
    <div className="vp-translation-choice">
      <label className="utrecht-form-label" htmlFor={id}>{t("addLanguage")}</label>
      <select id={id} className="utrecht-select utrecht-select--html-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t("chooseLanguage")}</option>
        {free.map((l) => <option key={l} value={l}>{nameOf(l)}</option>)}
      </select>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={!choice}
        onClick={() => {
          onAdd(choice);
          setChoice("");
        }}>
        {t("addLanguage")}
      </button>
    </div>
  );
}

interface TextsTableProps {
  language: string;
  languageName: string;
  variant: Variant;
  texts: FrameworkText[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}

function TextsTable({ language, languageName, variant, texts, values, onChange }: TextsTableProps) {
  const t = useT(translationMessages);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const missing = texts.filter((x) => !values[x.key]?.trim());
  const shown = onlyMissing ? missing : texts;
  return (
    <>
      <p className="utrecht-paragraph" role="status">
        {missing.length ? t("missingCount", { count: missing.length, total: texts.length }) : t("complete", { total: texts.length })}
      </p>
      <label className="vp-inline-choice">
        <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />
        {t("onlyMissing")}
      </label>
      <div className="vp-table-scroll">
        <table className="vp-table vp-translation-table">
          <caption>{t("textsCaption", { language: languageName, variant: t(variant === "easy" ? "variantEasy" : "variantTranslation") })}</caption>
          <thead><tr><th scope="col">{t("columnSource")}</th><th scope="col">{t("columnText")}</th></tr></thead>
          <tbody>
            {shown.map(({ key, text }) => {
              const inputId = `vp-translation-${key.replace(/\./g, "-")}`;
              const value = values[key] ?? "";
              return (
                <tr key={key} className={value.trim() ? undefined : "vp-translation-table__missing"}>
                  <th scope="row">
                    {/* A text not written yet (a new framework's name) is labelled by its key, so the field keeps a name. */}
                    <label htmlFor={inputId}>{text.trim() || key}</label>{text.trim() && <> <code className="vp-muted">{key}</code></>}
                  </th>
                  <td>
                    <input id={inputId} lang={language} dir="auto" className="utrecht-textbox utrecht-textbox--html-input" value={value}
                      aria-describedby={value.trim() ? undefined : `${inputId}-missing`}
                      onChange={(e) => onChange({ ...values, [key]: e.target.value })} />
                    {!value.trim() && <span id={`${inputId}-missing`} className="vp-translation-table__flag">{t("missing")}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
