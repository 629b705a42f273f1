// An open text answer, with a character counter up to the framework's limit.
import "@utrecht/textarea-css/dist/index.css";
import { CharacterCount } from "./controls.tsx";
import type { WidgetProps } from "./widget.ts";

/** Mirrors the default limit of core/answers.ts for text answers without a maxLength. */
export const DEFAULT_TEXT_MAX = 5000;

export function TextInput({ signifier, value, onChange, id, labelledBy, describedBy, invalid }: WidgetProps<"text">) {
  const max = signifier.maxLength ?? DEFAULT_TEXT_MAX;
  const text = typeof value === "string" ? value : "";
  return (
    <>
      <textarea
        id={`${id}-text`} className="utrecht-textarea utrecht-textarea--html-textarea vp-textarea" rows={4} maxLength={max}
        value={text} aria-labelledby={labelledBy} aria-describedby={[describedBy, `${id}-count`].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value)}
      />
      <CharacterCount id={`${id}-count`} length={text.length} max={max} />
    </>
  );
}
