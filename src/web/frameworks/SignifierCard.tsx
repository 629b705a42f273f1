// One question in the editor: what it asks, who answers, its type's own fields, and beside it a
// live preview.
import type { Signifier } from "../../core/framework.ts";
import { CheckboxField } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { ItemToolbar } from "./ItemToolbar.tsx";
import { frameworkMessages } from "./messages.ts";
import { SignifierPreview } from "./SignifierPreview.tsx";
import { TypeFields } from "./TypeFields.tsx";
import { typeLabels } from "./types.ts";

interface SignifierCardProps {
  signifier: Signifier;
  index: number;
  count: number;
  onChange: (signifier: Signifier) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

export function SignifierCard({ signifier: s, index, count, onChange, onMove, onRemove }: SignifierCardProps) {
  const t = useT(frameworkMessages);
  const name = `signifiers.${index}`;
  const owner = t("signifierHeading", { n: index + 1 });
  const headingId = `vraag-${s.id}`;
  return (
    <li className="vp-card vp-signifier">
      <div className="vp-signifier__head">
        <h3 className="utrecht-heading-3" id={headingId}>
          {owner} <span className="vp-badge vp-badge--type">{t(typeLabels[s.type].label)}</span>
        </h3>
        <ItemToolbar idBase={`vraag-${s.id}`} name={owner} index={index} count={count} onMove={onMove} onRemove={onRemove}
          focusAfterRemove="betekenisvragen" />
      </div>
      <div className="vp-signifier__body">
        <div className="vp-signifier__fields">
          <TextField name={`${name}.question`} label={t("question")} summaryLabel={owner} value={s.question}
            onChange={(question) => onChange({ ...s, question })} required maxLength={500} autoComplete="off" />
          <TypeFields signifier={s} name={name} owner={owner} onChange={onChange} />
          <SelectField name={`${name}.audience`} label={t("audience")} value={s.audience}
            onChange={(audience) => onChange({ ...s, audience: audience as Signifier["audience"] })}
            options={[
              { value: "teller", label: t("audienceTeller") },
              { value: "interpreter", label: t("audienceInterpreter") },
              { value: "both", label: t("audienceBoth") },
            ]} />
          <CheckboxField name={`${name}.required`} label={t("required")} checked={s.required} onChange={(required) => onChange({ ...s, required })} />
        </div>
        <SignifierPreview signifier={s} />
      </div>
    </li>
  );
}
