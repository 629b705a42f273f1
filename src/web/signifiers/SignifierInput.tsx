// One signification question of any type: a fieldset with the question as legend, a hint, the error
// (tied to the controls with aria-describedby), the widget, and "does not apply" when optional.
// Value null means "does not apply"; undefined means not answered.
import "@utrecht/form-fieldset-css/dist/index.css";
import "@utrecht/form-field-description-css/dist/index.css";
import "@utrecht/form-field-error-message-css/dist/index.css";
import "./signifiers.css";
import type { ComponentType } from "react";
import type { Signifier } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { ChoiceInput } from "./ChoiceInput.tsx";
import { Checkbox } from "./controls.tsx";
import { DyadInput } from "./DyadInput.tsx";
import { ReadAloud } from "./formAids.tsx";
import { FrameworkText } from "./frameworkLang.tsx";
import { messages } from "./messages.ts";
import { ScaleInput } from "./ScaleInput.tsx";
import { StonesInput } from "./StonesInput.tsx";
import { TextInput } from "./TextInput.tsx";
import { TriadInput } from "./TriadInput.tsx";
import type { WidgetProps } from "./widget.ts";

const widgets: { [T in Signifier["type"]]: ComponentType<WidgetProps<T>> } = {
  triad: TriadInput,
  dyad: DyadInput,
  stones: StonesInput,
  choice: ChoiceInput,
  scale: ScaleInput,
  text: TextInput,
};

const hints: Partial<Record<Signifier["type"], keyof typeof messages>> = {
  triad: "triadHint",
  dyad: "dyadHint",
  stones: "stonesHint",
};

/** Radio-based widgets offer "does not apply" as one more radio; the others as a checkbox. */
const radioBased = (s: Signifier) => (s.type === "choice" && !s.multiple) || (s.type === "scale" && s.max - s.min <= 10);

export function SignifierInput(props: {
  signifier: Signifier;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  idPrefix?: string;
}) {
  const { signifier, value, onChange, error, idPrefix = "vp" } = props;
  const t = useT(messages);
  const id = `${idPrefix}-${signifier.id}`;
  const hint = hints[signifier.type] ?? (signifier.type === "choice" && signifier.multiple ? "multipleHint" : undefined);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const inlineNotApplicable = !signifier.required && radioBased(signifier);
  const Widget = widgets[signifier.type] as ComponentType<WidgetProps<Signifier["type"]>>;

  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-question${error ? " utrecht-form-fieldset--invalid" : ""}`}
    >
      <legend id={`${id}-legend`} className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vp-question__legend">
        <FrameworkText>{signifier.question}</FrameworkText>
        {!signifier.required && <span className="vp-optional"> {t("optional")}</span>}
      </legend>
      <ReadAloud text={signifier.question} />
      {hint && <p id={`${id}-hint`} className="utrecht-form-field-description vp-hint">{t(hint)}</p>}
      {error && <p id={`${id}-error`} className="utrecht-form-field-error-message vp-error">{error}</p>}
      <Widget
        signifier={signifier} value={value} onChange={onChange} id={id} labelledBy={`${id}-legend`}
        describedBy={describedBy} invalid={Boolean(error)} notApplicable={inlineNotApplicable ? t("notApplicable") : undefined}
      />
      {!signifier.required && !inlineNotApplicable && (
        <div className="vp-not-applicable">
          <Checkbox id={`${id}-na`} checked={value === null} onChange={(on) => onChange(on ? null : undefined)} describedBy={describedBy}>
            {t("notApplicable")}
          </Checkbox>
        </div>
      )}
    </fieldset>
  );
}
