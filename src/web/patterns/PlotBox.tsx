// A box an Observable Plot chart is drawn into, at the width the layout gives it. Hidden from screen
// readers: whoever uses it puts the same facts beside it in words or a table.
import { type HTMLAttributes, useEffect, useRef } from "react";

interface PlotBoxProps extends HTMLAttributes<HTMLDivElement> {
  /** Draws the chart for a width in pixels; keep it stable (useCallback), it redraws when it changes. */
  draw: (width: number) => Element | undefined;
}

export function PlotBox({ draw, className, ...rest }: PlotBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = draw(Math.max(280, element.clientWidth || 480));
    if (!chart) return;
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [draw]);
  return <div {...rest} className={`vp-chart__plot ${className ?? ""}`} ref={box} aria-hidden="true" />;
}
