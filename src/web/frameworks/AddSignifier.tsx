// Adds a question of a chosen type at the end of the list, and moves focus to its first field.
import { useState } from "react";
import type { Signifier, SignifierType } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { newSignifier } from "./draft.ts";
import { frameworkMessages } from "./messages.ts";
import { typeLabels } from "./types.ts";

/** count: how many questions there are now, so the new one's question field can be found. */
export function AddSignifier({ count, onAdd }: { count: number; onAdd: (signifier: Signifier) => void }) {
  const t = useT(frameworkMessages);
  const [type, setType] = useState<SignifierType>("choice");
  const types = Object.keys(typeLabels) as SignifierType[];
  // Not a Form field: this picker is not part of what gets saved, so it has no name.
  return (
    <div className="vp-card vp-add-signifier">
      <h3 className="utrecht-heading-3" id="vraag-toevoegen">{t("addSignifierHeading")}</h3>
      <div className="vp-add-signifier__row">
        <div className="vp-field">
          <label className="utrecht-form-label" htmlFor="vraag-soort">{t("addType")}</label>
          <select id="vraag-soort" className="utrecht-select utrecht-select--html-select" value={type}
            onChange={(e) => setType(e.target.value as SignifierType)}>
            {types.map((key) => <option key={key} value={key}>{`${t(typeLabels[key].label)} — ${t(typeLabels[key].hint)}`}</option>)}
          </select>
        </div>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => {
          onAdd(newSignifier(type));
          requestAnimationFrame(() => document.querySelector<HTMLElement>(`[name="signifiers.${count}.question"]`)?.focus());
        }}>
          <span aria-hidden="true">+ </span>{t("addSignifier")}
        </button>
      </div>
    </div>
  );
}
