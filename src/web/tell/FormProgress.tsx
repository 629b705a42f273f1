// Where you are in a long form: how many of the questions have an answer, kept in view while
// scrolling. Only with many questions; a short form needs no map.
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";

/** From this many questions on, the form shows its progress and numbers the questions. */
export const MANY_QUESTIONS = 5;

export function FormProgress({ answered, total, id }: { answered: number; total: number; id: string }) {
  const t = useT(messages);
  return (
    <div className="vp-tell-progress">
      <progress max={total} value={answered} aria-labelledby={id} />
      <span id={id}>{t("progressAnswered", { answered, total })}</span>
    </div>
  );
}

export function QuestionNumber({ n, total }: { n: number; total: number }) {
  const t = useT(messages);
  return <p className="vp-tell-question-number" aria-hidden="true">{t("questionN", { n, total })}</p>;
}
