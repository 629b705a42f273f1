// A dyad: a native range slider between two labels (0–100 on screen, 0–1 in the answer). Native
// keeps keyboard and screen-reader support; the value text names both sides. aria-valuetext is one
// string and cannot mark the framework's labels in it, so the visible labels and readout do.
import "./dyad.css";
import { useT } from "../toolkit/i18n.tsx";
import { useFrameworkLang } from "./frameworkLang.tsx";
import { Shares, useSharesText } from "./Shares.tsx";
import { messages } from "./messages.ts";
import type { WidgetProps } from "./widget.ts";

export function DyadInput({ signifier, value, onChange, id, labelledBy, describedBy, invalid }: WidgetProps<"dyad">) {
  const t = useT(messages);
  const lang = useFrameworkLang();
  const sharesText = useSharesText();
  const answered = typeof value === "number";
  const position = answered ? Math.round(value * 100) : 50;
  const [left, right] = signifier.labels;
  const shares = answered ? [{ label: left, value: 100 - position }, { label: right, value: position }] : undefined;
  const valueText = shares ? sharesText(shares) : t("notAnswered");
  return (
    <div className={`vp-dyad${answered ? "" : " vp-dyad--unanswered"}`}>
      <div className="vp-dyad__labels" aria-hidden="true">
        <span lang={lang}>{left}</span>
        <span lang={lang}>{right}</span>
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
      <p className="vp-readout" aria-hidden="true">
        {shares ? <Shares shares={shares} /> : valueText}
      </p>
    </div>
  );
}
