// The teller's answers, question by question, in words with a small bar where that helps the eye.
import type { Signifier } from "../../core/framework.ts";
import { useT } from "../toolkit/i18n.tsx";
import { describeAnswer, sharesOf } from "./answers.ts";
import { storyMessages } from "./messages.ts";

export function AnswerList({ signifiers, answers }: { signifiers: Signifier[]; answers: Record<string, unknown> }) {
  const t = useT(storyMessages);
  // Questions for interpreters are answered elsewhere; answers to questions no longer in the
  // framework are still shown, by their id.
  const asked = signifiers.filter((s) => s.audience !== "interpreter" || s.id in answers);
  const unknown = Object.keys(answers).filter((id) => !signifiers.some((s) => s.id === id));
  if (asked.length === 0 && unknown.length === 0) return <p className="utrecht-paragraph vp-muted">{t("noAnswers")}</p>;
  return (
    <dl className="vp-answers">
      {asked.map((s) => {
        const lines = describeAnswer(s, answers[s.id], t);
        const shares = answers[s.id] == null ? undefined : sharesOf(s, answers[s.id]);
        return (
          <div key={s.id} className="vp-answers__item">
            <dt>{s.question}</dt>
            {lines.map((line, i) => (
              <dd key={i} className={answers[s.id] == null ? "vp-muted" : undefined}>
                {line}
                {shares?.[i] !== undefined && (
                  <span className="vp-bar" aria-hidden="true"><span className="vp-bar__fill" style={{ inlineSize: `${Math.round(shares[i]! * 100)}%` }} /></span>
                )}
              </dd>
            ))}
            {s.type === "dyad" && typeof answers[s.id] === "number" && <DyadPicture labels={s.labels} position={answers[s.id] as number} />}
          </div>
        );
      })}
      {unknown.map((id) => (
        <div key={id} className="vp-answers__item">
          <dt>{id}</dt>
          <dd>{JSON.stringify(answers[id])}</dd>
          <dd className="vp-muted">{t("otherVersion")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The dyad as the teller saw it: a marker between its two ends (the line above says it in words). */
function DyadPicture({ labels, position }: { labels: [string, string]; position: number }) {
  return (
    <dd className="vp-dyad-answer" aria-hidden="true">
      <span className="vp-dyad-answer__end">{labels[0]}</span>
      <span className="vp-dyad-answer__track"><span className="vp-dyad-answer__marker" style={{ insetInlineStart: `${position * 100}%` }} /></span>
      <span className="vp-dyad-answer__end">{labels[1]}</span>
    </dd>
  );
}
