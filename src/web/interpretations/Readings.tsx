// The teller's own signification next to the colleagues': triads as one drawing with everyone's
// mark, dyads, scales and codes as a table of who answered what. Questions and answers in words are
// the framework's, so they carry its language (see FrameworkLang).
import type { Signifier } from "../../core/framework.ts";
import type { Interpretation } from "../../contract/interpretations.ts";
import { useT } from "../toolkit/i18n.tsx";
import { FrameworkText } from "../signifiers/frameworkLang.tsx";
import { TriadPlot } from "../signifiers/TriadPlot.tsx";
import { interpretationMessages } from "./messages.ts";
import { answerText, comparedSignifiers, type Reader, triadMarks } from "./model.ts";

export function useReader(): Reader {
  const t = useT(interpretationMessages);
  return { teller: t("teller"), me: t("me"), colleague: (name, index) => name ?? t("colleagueN", { n: index + 1 }) };
}

export function TriadLegend() {
  const t = useT(interpretationMessages);
  return (
    <ul className="vp-legend" aria-hidden="true">
      <li><span className="vp-legend__swatch vp-legend__swatch--teller" />{t("legendTeller")}</li>
      <li><span className="vp-legend__swatch vp-legend__swatch--colleague" />{t("legendColleague")}</li>
      <li><span className="vp-legend__swatch vp-legend__swatch--mine" />{t("legendMine")}</li>
    </ul>
  );
}

function AnswerTable({ signifier, tellerAnswers, readings, reader }: { signifier: Signifier; tellerAnswers: Record<string, unknown>; readings: Interpretation[]; reader: Reader }) {
  const t = useT(interpretationMessages);
  const rows = [
    { who: reader.teller, value: tellerAnswers[signifier.id] },
    ...readings.map((r, i) => ({ who: r.mine ? reader.me : reader.colleague(r.interpreterName, i), value: r.answers[signifier.id] })),
  ];
  return (
    <table className="utrecht-table utrecht-table--html-table vp-table vp-table--fit vp-readings__table">
      <caption className="utrecht-table__caption"><FrameworkText>{signifier.question}</FrameworkText></caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row"><th className="utrecht-table__header-cell" scope="col">{t("who")}</th><th className="utrecht-table__header-cell" scope="col">{t("answer")}</th></tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((row, i) => {
          const answer = answerText(signifier, row.value);
          return (
            <tr key={i} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">{row.who}</th>
              <td className="utrecht-table__cell">{answer === null ? <span className="vp-muted">{t("notAnswered")}</span> : <FrameworkText>{answer}</FrameworkText>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Sits under a level-2 heading (a story page section, a story in a session). */
export function Readings({ signifiers, tellerAnswers, readings }: { signifiers: Signifier[]; tellerAnswers: Record<string, unknown>; readings: Interpretation[] }) {
  const reader = useReader();
  const compared = comparedSignifiers(signifiers, tellerAnswers, readings);
  return (
    <div className="vp-readings">
      {compared.map((s) => s.type === "triad" ? (
        <div key={s.id} className="vp-readings__triad">
          <h3 className="utrecht-heading-3"><FrameworkText>{s.question}</FrameworkText></h3>
          <TriadPlot labels={s.labels} marks={triadMarks(s.id, tellerAnswers, readings, reader)} title={s.question} />
        </div>
      ) : (
        <AnswerTable key={s.id} signifier={s} tellerAnswers={tellerAnswers} readings={readings} reader={reader} />
      ))}
      {compared.some((s) => s.type === "triad") && <TriadLegend />}
    </div>
  );
}
