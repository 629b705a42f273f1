// Plain words first: a result's sentence (from core/patterns/plain.ts), with the test, statistic,
// q and interval one click away; and, where there are too few stories, how many more are needed.
import type { ReactNode } from "react";
import { notYet, notYetSentence } from "../../core/patterns/plain.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { patternMessages } from "./messages.ts";

/**
 * The sentence, and behind "Toets en cijfers" what it rests on. `explained`: plain words shown
 * between them; `actions`: what one can do with the result (links, buttons), after them.
 */
export function Said({ sentence, explained, actions, children }: { sentence: string; explained?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const t = useT(patternMessages);
  return (
    <div className="vp-said">
      <p className="utrecht-paragraph vp-said__sentence">{sentence}</p>
      {explained}
      <details className="vp-said__details">
        <summary>{t("technical")}</summary>
        <div className="vp-said__technical">{children}</div>
      </details>
      {actions && <div className="vp-said__actions">{actions}</div>}
    </div>
  );
}

/** Too few stories: what they can find now, how many more a 20-point difference needs, and how that was computed. */
export function NotYet({ perGroup, lead }: { perGroup: number; lead?: string }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const { said, how } = notYetSentence(notYet(perGroup), lang);
  return (
    <div className="vp-said vp-not-yet" data-testid="not-yet">
      <p className="utrecht-paragraph vp-said__sentence">{lead && `${lead} `}{said}</p>
      <details className="vp-said__details">
        <summary>{t("howComputed")}</summary>
        <p className="utrecht-paragraph">{how}</p>
      </details>
    </div>
  );
}

/** Label and value pairs of the technical detail. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <dl className="vp-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="vp-facts__row"><dt>{label}</dt><dd className="vp-number">{value}</dd></div>
      ))}
    </dl>
  );
}
