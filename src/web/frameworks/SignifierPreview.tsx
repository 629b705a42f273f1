// A live, working preview of a question as the teller will see it, with the real SignifierInput.
// Empty labels show a placeholder, so the widget keeps its shape while the admin is still typing.
import { useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { SignifierInput } from "../signifiers/SignifierInput.tsx";
import { scaleLabelSlots } from "./draft.ts";
import { frameworkMessages } from "./messages.ts";

function forPreview(s: Signifier, placeholder: string, noQuestion: string): Signifier | undefined {
  const fill = (label: string) => label.trim() || placeholder;
  const question = s.question.trim() || noQuestion;
  switch (s.type) {
    case "triad": return { ...s, question, labels: [fill(s.labels[0]), fill(s.labels[1]), fill(s.labels[2])] };
    case "dyad": return { ...s, question, labels: [fill(s.labels[0]), fill(s.labels[1])] };
    case "stones": return {
      ...s, question, xLabels: [fill(s.xLabels[0]), fill(s.xLabels[1])], yLabels: [fill(s.yLabels[0]), fill(s.yLabels[1])],
      items: s.items.map((item) => ({ ...item, label: fill(item.label) })),
    };
    case "choice": return { ...s, question, options: s.options.map((o) => ({ ...o, label: fill(o.label) })) };
    case "scale": {
      // Only a range the server accepts can be drawn.
      if (!Number.isInteger(s.min) || !Number.isInteger(s.max) || s.max <= s.min || s.max - s.min > 100) return undefined;
      const slots = scaleLabelSlots(s);
      const labels = s.labels?.some((l) => l.trim()) ? slots.map((i) => fill(s.labels?.[i] ?? "")) : undefined;
      return { ...s, question, labels };
    }
    case "text": return { ...s, question };
  }
}

/** Changes that make an earlier preview answer meaningless (other answers, other range) start it afresh. */
function shapeOf(s: Signifier): string {
  if (s.type === "choice") return JSON.stringify([s.type, s.multiple, s.options.map((o) => o.id)]);
  if (s.type === "stones") return JSON.stringify([s.type, s.items.map((i) => i.id)]);
  if (s.type === "scale") return JSON.stringify([s.type, s.min, s.max]);
  return s.type;
}

/** titled: the editor's "Zo ziet de verteller het" heading, under the question card's h3. */
export function SignifierPreview({ signifier, titled = true }: { signifier: Signifier; titled?: boolean }) {
  const t = useT(frameworkMessages);
  const shown = forPreview(signifier, t("placeholderLabel"), t("placeholderQuestion"));
  return (
    <div className="vp-preview" data-skip-validation>
      {titled && <h4 className="vp-preview__label">{t("preview")}</h4>}
      {shown ? <PreviewInput key={shapeOf(signifier)} signifier={shown} /> : <p className="vp-muted">{t("previewRange")}</p>}
    </div>
  );
}

function PreviewInput({ signifier }: { signifier: Signifier }) {
  const [value, setValue] = useState<unknown>(undefined);
  return <SignifierInput signifier={signifier} value={value} onChange={setValue} idPrefix={`voorbeeld-${signifier.id}`} />;
}
