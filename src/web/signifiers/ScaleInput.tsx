// A scale: one radio button per step, each with its label when the framework gives one per step
// (or the end labels when it gives two). Very long scales get a number field instead.
import "@utrecht/textbox-css/dist/index.css";
import { useT } from "../toolkit/i18n.tsx";
import { Radio } from "./controls.tsx";
import { FrameworkText } from "./frameworkLang.tsx";
import { messages } from "./messages.ts";
import type { WidgetProps } from "./widget.ts";

const MAX_SCALE_RADIOS = 11;

function stepLabel(labels: readonly string[] | undefined, step: number, count: number): string | undefined {
  if (!labels) return undefined;
  if (labels.length === count) return labels[step];
  if (labels.length === 2) return step === 0 ? labels[0] : step === count - 1 ? labels[1] : undefined;
  return undefined;
}

export function ScaleInput({ signifier, value, onChange, id, labelledBy, describedBy, invalid, notApplicable }: WidgetProps<"scale">) {
  const t = useT(messages);
  const { min, max, labels } = signifier;
  const count = max - min + 1;
  if (count > MAX_SCALE_RADIOS) {
    return (
      <>
        <p id={`${id}-range`} className="utrecht-form-field-description">{t("scaleNumber", { min, max })}</p>
        <input
          id={`${id}-number`} type="number" inputMode="numeric" min={min} max={max} step={1}
          className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric vp-number"
          value={typeof value === "number" ? value : ""} aria-labelledby={labelledBy} aria-invalid={invalid || undefined}
          aria-describedby={[`${id}-range`, describedBy].filter(Boolean).join(" ")}
          onChange={(e) => onChange(e.target.value === "" ? undefined : Math.round(Number(e.target.value)))}
        />
      </>
    );
  }
  return (
    <div className="vp-options">
      {Array.from({ length: count }, (_, step) => {
        const n = min + step;
        const label = stepLabel(labels, step, count);
        return (
          <Radio key={n} id={`${id}-${n}`} name={id} checked={value === n} onChange={() => onChange(n)} describedBy={describedBy} invalid={invalid}>
            <span className="vp-scale__number">{n}</span>
            {label && <> <FrameworkText className="vp-scale__label">{label}</FrameworkText></>}
          </Radio>
        );
      })}
      {notApplicable && (
        <Radio id={`${id}-na`} name={id} checked={value === null} onChange={() => onChange(null)} describedBy={describedBy} invalid={invalid}>
          {notApplicable}
        </Radio>
      )}
    </div>
  );
}
