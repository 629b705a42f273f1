// The passages colleagues marked, each highlighted among the words around it, with who marked it
// and their comment. A passage is found again by its quote when the text changed since (redaction).
import "@utrecht/mark-css/dist/index.css";
import { reanchor } from "../../core/interpretation.ts";
import { useT } from "../toolkit/i18n.tsx";
import { interpretationMessages } from "./messages.ts";
import type { Interpretation } from "../../contract/interpretations.ts";
import { surroundings } from "./passages.ts";
import { useReader } from "./Readings.tsx";

export function MarkedPassages({ text, lang, readings }: { text: string; lang: string; readings: Interpretation[] }) {
  const t = useT(interpretationMessages);
  const reader = useReader();
  const marked = readings.flatMap((r, i) => r.annotations.map((annotation, k) => ({
    key: `${r.id}-${k}`, annotation, at: reanchor(annotation, text), who: r.mine ? reader.me : reader.colleague(r.interpreterName, i),
  })));
  if (marked.length === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3">{t("passagesTitle")}</h3>
      <ul className="vp-passages">
        {marked.map(({ key, annotation, at, who }) => {
          const around = at ? surroundings(text, at) : { before: "", after: "" };
          return (
            <li key={key} className="vp-passages__item">
              <blockquote className="vp-passages__quote" lang={lang}>
                {around.before}<mark className="utrecht-mark">{annotation.quote}</mark>{around.after}
              </blockquote>
              {!at && <p className="utrecht-paragraph vp-muted">{t("passageGone")}</p>}
              <p className="utrecht-paragraph vp-passages__comment">
                <strong>{who}</strong>{annotation.comment && <>: {annotation.comment}</>}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
