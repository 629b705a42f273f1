// The part of a question that depends on its type: corner labels, axis labels, answers, range.
// Field names follow the API's paths (signifiers.3.labels.0), so server errors land on the right field.
import type { Signifier } from "../../core/framework.ts";
import { CheckboxField } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { scaleLabelSlots } from "./draft.ts";
import { ItemsEditor } from "./ItemsEditor.tsx";
import { frameworkMessages } from "./messages.ts";

type Of<T extends Signifier["type"]> = Extract<Signifier, { type: T }>;
type Key = keyof typeof frameworkMessages;

interface TypeFieldsProps {
  signifier: Signifier;
  /** "signifiers.3" */
  name: string;
  /** "Vraag 4" */
  owner: string;
  onChange: (signifier: Signifier) => void;
}

export function TypeFields({ signifier: s, name, owner, onChange }: TypeFieldsProps) {
  const t = useT(frameworkMessages);
  const text = (field: string, label: string, value: string, set: (v: string) => void) => (
    <TextField key={field} name={`${name}.${field}`} label={label} summaryLabel={`${owner}: ${label}`} value={value}
      onChange={set} required maxLength={200} autoComplete="off" />
  );
  // A fixed number of labels: the triad's corners, the dyad's ends, the stones' axes.
  const labels = (field: "labels" | "xLabels" | "yLabels", values: string[], names: Key[], legend: string, set: (v: string[]) => void) => (
    <FieldGroup legend={legend} row>
      {values.map((value, i) => text(`${field}.${i}`, t(names[i]!, { n: i + 1 }), value, (v) => set(values.map((old, j) => (j === i ? v : old)))))}
    </FieldGroup>
  );
  switch (s.type) {
    case "triad":
      return labels("labels", s.labels, ["corner", "corner", "corner"], t("typeTriad"), (v) => onChange({ ...s, labels: v as Of<"triad">["labels"] }));
    case "dyad":
      return labels("labels", s.labels, ["left", "right"], t("typeDyad"), (v) => onChange({ ...s, labels: v as Of<"dyad">["labels"] }));
    case "stones":
      return (
        <>
          {labels("xLabels", s.xLabels, ["left", "right"], t("xAxis"), (v) => onChange({ ...s, xLabels: v as Of<"stones">["xLabels"] }))}
          {labels("yLabels", s.yLabels, ["bottom", "top"], t("yAxis"), (v) => onChange({ ...s, yLabels: v as Of<"stones">["yLabels"] }))}
          <ItemsEditor legend={t("stonesItems")} name={`${name}.items`} items={s.items} onChange={(items) => onChange({ ...s, items })}
            min={1} max={12} itemLabel="item" addLabel="addItem" owner={owner} />
        </>
      );
    case "choice":
      return <ChoiceFields signifier={s} name={name} owner={owner} onChange={onChange} />;
    case "scale":
      return <ScaleFields signifier={s} name={name} owner={owner} onChange={onChange} />;
    case "text":
      return (
        <TextField name={`${name}.maxLength`} label={t("maxLength")} summaryLabel={`${owner}: ${t("maxLength")}`} description={t("maxLengthHint")}
          type="number" inputMode="numeric" min={1} max={20000} className="vp-input--number" value={s.maxLength?.toString() ?? ""}
          onChange={(v) => onChange({ ...s, maxLength: v === "" ? undefined : Number(v) })} />
      );
  }
}

function ChoiceFields({ signifier: s, name, owner, onChange }: { signifier: Of<"choice"> } & Omit<TypeFieldsProps, "signifier">) {
  const t = useT(frameworkMessages);
  const roles = [["situation", "roleSituation"], ["intervention", "roleIntervention"], ["outcome", "roleOutcome"]] as const;
  return (
    <>
      <ItemsEditor legend={t("options")} name={`${name}.options`} items={s.options} onChange={(options) => onChange({ ...s, options })}
        min={2} max={50} itemLabel="option" addLabel="addOption" owner={owner} />
      <CheckboxField name={`${name}.multiple`} label={t("multiple")} checked={s.multiple} onChange={(multiple) => onChange({ ...s, multiple })} />
      <SelectField name={`${name}.role`} label={t("role")} description={t("roleHint")} value={s.role ?? ""} placeholder={t("roleNone")}
        options={roles.map(([value, key]) => ({ value, label: t(key) }))}
        onChange={(v) => onChange({ ...s, role: v === "" ? undefined : (v as Of<"choice">["role"]) })} />
    </>
  );
}

function ScaleFields({ signifier: s, name, owner, onChange }: { signifier: Of<"scale"> } & Omit<TypeFieldsProps, "signifier">) {
  const t = useT(frameworkMessages);
  // The highest number's allowed range follows the lowest (as the server checks), so the browser
  // can say in plain words what fits.
  const maxRange = Number.isInteger(s.min) ? { min: s.min + 1, max: s.min + 100 } : {};
  const number = (field: "min" | "max", label: string) => (
    <TextField name={`${name}.${field}`} label={label} summaryLabel={`${owner}: ${label}`} type="number" inputMode="numeric" step={1}
      required className="vp-input--number" value={Number.isNaN(s[field]) ? "" : String(s[field])} {...(field === "max" ? maxRange : {})}
      onChange={(v) => onChange({ ...s, [field]: v === "" ? Number.NaN : Number(v) })} />
  );
  const slots = scaleLabelSlots(s);
  return (
    <>
      <FieldGroup legend={t("typeScale")} row>
        {number("min", t("min"))}
        {number("max", t("max"))}
      </FieldGroup>
      {slots.length > 0 && (
        <FieldGroup legend={t("scaleLabels")} description={t("scaleLabelsHint")}>
          {slots.map((i) => {
            const label = t("scaleLabel", { n: s.min + i });
            return (
              <TextField key={i} name={`${name}.labels.${i}`} label={label} summaryLabel={`${owner}: ${label}`} value={s.labels?.[i] ?? ""}
                maxLength={200} autoComplete="off"
                onChange={(v) => onChange({ ...s, labels: slots.map((j) => (j === i ? v : s.labels?.[j] ?? "")) })} />
            );
          })}
        </FieldGroup>
      )}
    </>
  );
}
