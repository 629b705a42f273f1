// Kiosk mode: a shared tablet in a waiting room. After a story is sent, or when someone walks away
// mid-story, the form goes back to blank so the next person sees nothing of the last one.
import { useEffect, useRef, useState } from "react";

export interface KioskTimings {
  /** How long the thank-you screen stays before the form starts again. */
  thanksMs: number;
  /** How long without input before "are you still there?". */
  idleMs: number;
  /** How long that question waits before the form is cleared. */
  graceMs: number;
}

export const DEFAULT_KIOSK_TIMINGS: KioskTimings = { thanksMs: 10_000, idleMs: 120_000, graceMs: 30_000 };

/**
 * Timings from the URL (?kioskReset=, ?kioskIdle=, ?kioskGrace=, in seconds), so a venue or a
 * browser test can shorten or lengthen them without a new build.
 */
export function kioskTimings(search: string): KioskTimings {
  const params = new URLSearchParams(search);
  const seconds = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) && value > 0 ? value * 1000 : fallback;
  };
  return {
    thanksMs: seconds("kioskReset", DEFAULT_KIOSK_TIMINGS.thanksMs),
    idleMs: seconds("kioskIdle", DEFAULT_KIOSK_TIMINGS.idleMs),
    graceMs: seconds("kioskGrace", DEFAULT_KIOSK_TIMINGS.graceMs),
  };
}

const ACTIVITY = ["pointerdown", "keydown", "wheel"] as const;

/**
 * Runs the kiosk clocks. `onReset` must clear the form. Returns the seconds left on the thank-you
 * screen, and whether the idle question shows (with its seconds left and a way to dismiss it).
 */
export function useKiosk(opts: { enabled: boolean; sent: boolean; dirty: boolean; timings: KioskTimings; onReset: () => void }) {
  const { enabled, sent, dirty, timings } = opts;
  const reset = useRef(opts.onReset);
  reset.current = opts.onReset;
  const lastActivity = useRef(Date.now());
  const [sentAt, setSentAt] = useState<number>();
  const [now, setNow] = useState(() => Date.now());

  // Activity only moves a timestamp. Setting state here would re-render while an input event is
  // still on its way to React, and undo the keystroke in a controlled field.
  useEffect(() => {
    if (!enabled) return;
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled]);

  // One clock, once a second, for both the thank-you screen and the idle question; it only runs
  // when one of them can come up.
  const ticking = enabled && (sent || dirty);
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);

  useEffect(() => setSentAt(enabled && sent ? Date.now() : undefined), [enabled, sent]);

  // `now` may be a moment older than sentAt; never count more than the full time.
  const thanksLeft = sentAt === undefined ? timings.thanksMs : Math.min(timings.thanksMs, timings.thanksMs - (now - sentAt));
  // An untouched blank form needs no clearing.
  const quiet = enabled && !sent && dirty ? Math.max(0, now - lastActivity.current) : 0;
  const graceLeft = timings.idleMs + timings.graceMs - quiet;
  const due = enabled && (sent ? thanksLeft <= 0 : graceLeft <= 0);

  useEffect(() => {
    if (!due) return;
    lastActivity.current = Date.now();
    setSentAt(undefined);
    reset.current();
  }, [due]);

  return {
    thanksSecondsLeft: Math.max(0, Math.ceil(thanksLeft / 1000)),
    idle: quiet >= timings.idleMs,
    idleSecondsLeft: Math.max(0, Math.ceil(graceLeft / 1000)),
    stay: () => {
      lastActivity.current = Date.now();
      setNow(Date.now());
    },
  };
}
