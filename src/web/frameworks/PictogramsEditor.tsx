// A pictogram per option, stones item and triad corner, chosen from the lucide set; the form shows
// it beside the words in every language.
import type { FrameworkText } from "../../core/framework-texts.ts";
import { pictogramKey } from "../../core/framework-texts.ts";
import { useT } from "../toolkit/i18n.tsx";
import { Pictogram } from "../pictograms/Pictogram.tsx";
import { pictogramNames } from "../pictograms/pictograms.ts";
import { translationMessages } from "./translationMessages.ts";

interface Props {
  texts: FrameworkText[];
  pictograms: Record<string, string>;
  onChange: (pictograms: Record<string, string>) => void;
}

export function PictogramsEditor({ texts, pictograms, onChange }: Props) {
  const t = useT(translationMessages);
  const choose = (key: string, name: string) => {
    const { [key]: _old, ...rest } = pictograms;
    onChange(name ? { ...rest, [key]: name } : rest);
  };
  return (
    <div className="vp-card vp-stack">
      <h3 className="utrecht-heading-3">{t("pictogramsHeading")}</h3>
      <p className="utrecht-paragraph">{t("pictogramsIntro")}</p>
      <ul className="vp-pictogram-choices">
        {texts.filter((x) => pictogramKey.test(x.key)).map(({ key, text }) => {
          const id = `vp-pictogram-${key.replace(/\./g, "-")}`;
          return (
            <li key={key} className="vp-pictogram-choice">
              <label className="utrecht-form-label" htmlFor={id}>{t("pictogramFor", { label: text })}</label>
              <span className="vp-pictogram-choice__control">
                <select id={id} className="utrecht-select utrecht-select--html-select" value={pictograms[key] ?? ""} onChange={(e) => choose(key, e.target.value)}>
                  <option value="">{t("noPictogram")}</option>
                  {pictogramNames.map((name) => <option key={name} value={name}>{name}</option>)}
                </select>
                <Pictogram name={pictograms[key]} size="lg" />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
