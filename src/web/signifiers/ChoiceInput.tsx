// A choice: radio buttons, or checkboxes when more than one answer may be chosen. Each option may
// show its pictogram and, in easy mode, a read-aloud button beside it (not inside the label, so the
// option's name stays its words).
import { Checkbox, Radio } from "./controls.tsx";
import { PictogramFor, ReadAloud } from "./formAids.tsx";
import { FrameworkText } from "./frameworkLang.tsx";
import type { WidgetProps } from "./widget.ts";

export function ChoiceInput({ signifier, value, onChange, id, describedBy, invalid, notApplicable }: WidgetProps<"choice">) {
  if (signifier.multiple) {
    const chosen = new Set(Array.isArray(value) ? value : []);
    const toggle = (optionId: string, on: boolean) => {
      if (on) chosen.add(optionId);
      else chosen.delete(optionId);
      // Keep the framework's order; nothing chosen means unanswered.
      const next = signifier.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
      onChange(next.length > 0 ? next : undefined);
    };
    return (
      <div className="vp-options">
        {signifier.options.map((o) => (
          <div key={o.id} className="vp-aided-row">
            <Checkbox id={`${id}-${o.id}`} checked={chosen.has(o.id)} onChange={(on) => toggle(o.id, on)} describedBy={describedBy} invalid={invalid}>
              <PictogramFor textKey={`question.${signifier.id}.option.${o.id}`} /> <FrameworkText>{o.label}</FrameworkText>
            </Checkbox>
            <ReadAloud text={o.label} />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="vp-options">
      {signifier.options.map((o) => (
        <div key={o.id} className="vp-aided-row">
          <Radio id={`${id}-${o.id}`} name={id} checked={value === o.id} onChange={() => onChange(o.id)} describedBy={describedBy} invalid={invalid}>
            <PictogramFor textKey={`question.${signifier.id}.option.${o.id}`} /> <FrameworkText>{o.label}</FrameworkText>
          </Radio>
          <ReadAloud text={o.label} />
        </div>
      ))}
      {notApplicable && (
        <Radio id={`${id}-na`} name={id} checked={value === null} onChange={() => onChange(null)} describedBy={describedBy} invalid={invalid}>
          {notApplicable}
        </Radio>
      )}
    </div>
  );
}
