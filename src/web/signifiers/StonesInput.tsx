// Stones: items placed on a square. The list of items below the square is the accessible control
// (each item a slider-like element: arrow keys move it, Delete takes it off); the square shows the
// same items as markers that pointer and touch users drag. The list never moves in the page, so
// keyboard focus stays put while an item goes onto the square. Each item is named by its visible
// label (aria-labelledby, not aria-label), so the name carries the framework's language. Right to
// left (Arabic) the x axis is mirrored with the page, and the arrow keys follow what is on screen.
import "./stones.css";
import { type KeyboardEvent, type PointerEvent as ReactPointerEvent, useRef, useState } from "react";
import { useRightToLeft, useT } from "../toolkit/i18n.tsx";
import { PictogramFor, ReadAloud } from "./formAids.tsx";
import { useFrameworkLang } from "./frameworkLang.tsx";
import { messages } from "./messages.ts";
import { type Share, Shares, useSharesText } from "./Shares.tsx";
import { asPlacement, isInside, itemForTap, moveStone, type Position, positionIn, withoutItem } from "./stones.ts";
import type { WidgetProps } from "./widget.ts";

export function StonesInput({ signifier, value, onChange, id, describedBy, invalid }: WidgetProps<"stones">) {
  const t = useT(messages);
  const lang = useFrameworkLang();
  const sharesText = useSharesText();
  const rtl = useRightToLeft();
  const placement = asPlacement(value);
  const [selected, setSelected] = useState<string>();
  const areaRef = useRef<HTMLDivElement>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  // A drag outlives many renders; it reads the newest answer from here instead of a stale closure.
  const latest = useRef(placement);
  latest.current = placement;

  const place = (itemId: string, position: Position) => onChange({ ...latest.current, [itemId]: position });
  const [xLow, xHigh] = signifier.xLabels;
  const [yLow, yHigh] = signifier.yLabels;
  const sharesAt = (p: Position): Share[] => [{ label: xHigh, value: Math.round(p[0] * 100) }, { label: yHigh, value: Math.round(p[1] * 100) }];
  const describe = (p: Position | undefined) => (p ? sharesText(sharesAt(p)) : t("stonesNotPlaced"));

  // From a marker or the square the item follows the pointer (held at the edge when it leaves); from
  // the list it lands only once the pointer is over the square.
  const drag = (itemId: string, e: ReactPointerEvent, fromList = false) => {
    e.preventDefault();
    setSelected(itemId);
    controls.current.get(itemId)?.focus({ preventScroll: true });
    const follow = (ev: { clientX: number; clientY: number }) => {
      const box = areaRef.current?.getBoundingClientRect();
      if (box && (!fromList || isInside(box, ev.clientX, ev.clientY))) place(itemId, positionIn(box, ev.clientX, ev.clientY, rtl));
    };
    const stop = () => {
      window.removeEventListener("pointermove", follow);
      window.removeEventListener("pointerup", stop);
      window.removeEventListener("pointercancel", stop);
    };
    follow(e);
    window.addEventListener("pointermove", follow);
    window.addEventListener("pointerup", stop);
    window.addEventListener("pointercancel", stop);
  };

  const onKeyDown = (itemId: string, e: KeyboardEvent) => {
    if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onChange(withoutItem(latest.current, itemId));
      return;
    }
    const next = moveStone(placement[itemId], e.key, e.shiftKey ? 0.01 : 0.05, rtl);
    if (!next) return;
    e.preventDefault();
    place(itemId, next);
  };

  return (
    <div className="vp-stones">
      <div
        ref={areaRef} className="vp-stones__area" aria-hidden="true"
        onPointerDown={(e) => {
          if ((e.target as Element).closest(".vp-stones__marker")) return;
          const itemId = itemForTap(signifier.items.map((i) => i.id), placement, selected);
          if (itemId) drag(itemId, e);
        }}
      >
        <span className="vp-stones__axis vp-stones__axis--top" lang={lang}>{yHigh}</span>
        <span className="vp-stones__axis vp-stones__axis--bottom" lang={lang}>{yLow}</span>
        <span className="vp-stones__axis vp-stones__axis--left" lang={lang}>{xLow}</span>
        <span className="vp-stones__axis vp-stones__axis--right" lang={lang}>{xHigh}</span>
        {signifier.items.map((item, n) => {
          const p = placement[item.id];
          if (!p) return null;
          return (
            <span
              key={item.id} onPointerDown={(e) => drag(item.id, e)}
              className={`vp-stones__marker${p[0] > 0.6 ? " vp-stones__marker--flip" : ""}${selected === item.id ? " is-selected" : ""}`}
              style={{ insetInlineStart: `${p[0] * 100}%`, insetBlockStart: `${(1 - p[1]) * 100}%` }}
            >
              <span className="vp-stones__dot">{n + 1}</span>
              <span className="vp-stones__marker-label" lang={lang}>{item.label}</span>
            </span>
          );
        })}
      </div>
      <ul className="vp-stones__items" role="list">
        {signifier.items.map((item, n) => {
          const p = placement[item.id];
          return (
            <li key={item.id} className="vp-aided-row">
              <div
                ref={(el) => {
                  if (el) controls.current.set(item.id, el);
                  else controls.current.delete(item.id);
                }}
                id={`${id}-${item.id}`} role="slider" tabIndex={0} aria-labelledby={`${id}-${item.id}-label`}
                aria-valuemin={0} aria-valuemax={100} aria-valuenow={p ? Math.round(p[0] * 100) : 0} aria-valuetext={describe(p)}
                aria-describedby={describedBy} aria-invalid={invalid || undefined}
                className={`vp-stones__item${selected === item.id ? " is-selected" : ""}${p ? " is-placed" : ""}`}
                onFocus={() => setSelected(item.id)} onKeyDown={(e) => onKeyDown(item.id, e)}
                onPointerDown={(e) => drag(item.id, e, true)}
              >
                <span className="vp-stones__dot" aria-hidden="true">{n + 1}</span>
                <PictogramFor textKey={`question.${signifier.id}.item.${item.id}`} />
                <span id={`${id}-${item.id}-label`} className="vp-stones__item-label" lang={lang}>{item.label}</span>
                <span className="vp-stones__item-value" aria-hidden="true">
                  {p ? <Shares shares={sharesAt(p)} /> : describe(p)}
                </span>
              </div>
              <ReadAloud text={item.label} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
