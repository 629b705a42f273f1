// A dyad: a native range slider between two labels (0–100 on screen, 0–1 in the answer). Native
// keeps keyboard and screen-reader support; the value text names both sides.
import "./dyad.css";
import { useT } from "../app/i18n.tsx";
import { messages } from "./messages.ts";
import type { WidgetProps } from "./widget.ts";

export function DyadInput({ signifier, value, onChange, id, labelledBy, describedBy, invalid }: WidgetProps<"dyad">) {
  const t = useT(messages);
  const answered = typeof value === "number";
  const position = answered ? Math.round(value * 100) : 50;
  const [left, right] = signifier.labels;
  const valueText = answered
    ? `${t("percent", { label: left, value: 100 - position })}, ${t("percent", { label: right, value: position })}`
    : t("notAnswered");
  return (
    <div className={`vp-dyad${answered ? "" : " vp-dyad--unanswered"}`}>
      <div className="vp-dyad__labels" aria-hidden="true">
        <span>{left}</span>
        <span>{right}</span>
      </div>
      <input
        type="range" id={`${id}-range`} min={0} max={100} step={1} value={position} className="vp-dyad__range"
        aria-labelledby={labelledBy} aria-describedby={describedBy} aria-valuetext={valueText} aria-invalid={invalid || undefined}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
        // The thumb starts in the middle; a tap there changes nothing, yet it is a real answer.
        onClick={() => {
          if (!answered) onChange(position / 100);
        }}
      />
      <p className="vp-readout" aria-hidden="true">{valueText}</p>
    </div>
  );
}
