// The comparison, once chosen: which periods A and B are, a table with per question the shift, the
// test, the effect size and the q-value, and a small chart per question. Focus moves to the heading
// when the answer arrives, so keyboard and screen reader users land on it.
import { useEffect, useRef } from "react";
import type { Signifier } from "../../core/framework.ts";
import { certaintySentence, uncomputedSentence, whyUncomputed } from "../../core/patterns/plain.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { formatEffect, formatQ } from "../patterns/labels.ts";
import { type MessageKey, patternMessages } from "../patterns/messages.ts";
import { Facts, NotYet, Said } from "../patterns/Plain.tsx";
import type { ListeningRound } from "../../contract/collections.ts";
import { periodMessages } from "./messages.ts";
import { describePeriod, shiftSummary, statisticText } from "./periods.ts";
import { ShiftCard } from "./ShiftCard.tsx";
import type { Comparison, Shift } from "../../contract/patterns.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

interface ComparisonResultProps {
  collectionId: string;
  signifiers: Signifier[];
  rounds: ListeningRound[];
  /** Undefined until someone chose what to compare. */
  query?: string;
}

export function ComparisonResult({ collectionId, signifiers, rounds, query }: ComparisonResultProps) {
  const t = useT(periodMessages);
  const resource = useResource<Comparison>(query === undefined ? null : `/collections/${encodeURIComponent(collectionId)}/comparisons${query}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (resource.data) heading.current?.focus();
  }, [resource.data]);
  return (
    <section className="vp-card vp-stack" aria-labelledby="verschuivingen" data-testid="comparison">
      <h2 className="utrecht-heading-2" id="verschuivingen" tabIndex={-1} ref={heading}>{t("resultTitle")}</h2>
      {query === undefined ? <p className="utrecht-paragraph">{t("chooseFirst")}</p> : (
        <Loaded resource={resource}>{(c) => <Shifts comparison={c} signifiers={signifiers} rounds={rounds} />}</Loaded>
      )}
    </section>
  );
}

/** Whether a count or share is hidden (1 … k − 1 stories): then the dashboard's note explains it. */
const hidesSomething = (s: Shift) => s.nA === null || s.nB === null
  || (s.type === "choice" && s.options.some((o) => o.shareA === null || o.shareB === null))
  || (s.type === "stones" && s.items.some((i) => i.nA === null || i.nB === null));

/** The stones test and effect are named on this page; every other one in patternMessages. */
const OWN_NAMES = new Set<string>(["hotellingPerItem", "largestMeanShift"]);

function Shifts({ comparison: c, signifiers, rounds }: { comparison: Comparison; signifiers: Signifier[]; rounds: ListeningRound[] }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const { lang } = useLang();
  const name = (id: string) => (OWN_NAMES.has(id) ? t(id as "hotellingPerItem" | "largestMeanShift") : p(id as MessageKey));
  // The questions the dashboard charts, in the order the API gives them; one that no story in
  // either period answered has no shift to show.
  const shown = c.shifts.flatMap((shift) => {
    const signifier = signifiers.find((s) => s.id === shift.signifierId);
    return signifier && !(shift.nA === 0 && shift.nB === 0) ? [{ shift, signifier }] : [];
  });
  if (shown.length === 0) return <p className="utrecht-paragraph">{t("noShifts")}</p>;
  return (
    <>
      <p className="utrecht-paragraph">{t("resultPeriods", { a: describePeriod(c.a, rounds, lang, t), b: describePeriod(c.b, rounds, lang, t) })}</p>
      <p className="utrecht-paragraph">{t("resultHelp")}</p>
      {shown.some(({ shift }) => hidesSomething(shift)) && <p className="vp-muted">{p("suppressedNote")}</p>}
      <div className="vp-table-scroll" role="region" aria-labelledby="verschuivingen-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table vp-table vp-periods__shifts">
          <caption className="utrecht-table__caption" id="verschuivingen-caption">{t("summaryCaption")}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(["question", "storiesA", "storiesB", "shift", "howSure"] as const).map((key) => <th key={key} className={header} scope="col">{t(key)}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map(({ shift: s, signifier }) => (
              <tr key={s.signifierId} className="utrecht-table__row" data-signifier={s.signifierId}>
                <th className={header} scope="row">{signifier.question}</th>
                <td className={`${cell} vp-number`}>{s.nA ?? p("hidden")}</td>
                <td className={`${cell} vp-number`}>{s.nB ?? p("hidden")}</td>
                <td className={cell}>{shiftSummary(s, signifier, lang, p("hidden"))}</td>
                <td className={cell}>
                  <Said sentence={s.pValue === null ? uncomputedSentence(whyUncomputed(s.nA, s.nB), lang) : certaintySentence(s.qValue, lang)}>
                    <Facts facts={[
                      [p("test"), <>{name(s.method)} {statisticText(s, lang) && <span className="vp-periods__statistic">{statisticText(s, lang)}</span>}</>],
                      [t("effectSize"), `${name(s.effect.measure)} = ${formatEffect(s.effect.value, lang)}`],
                      [t("p"), formatQ(s.pValue, lang)],
                      [p("q"), formatQ(s.qValue, lang)],
                    ]} />
                  </Said>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ComparisonPower shifts={shown.map(({ shift }) => shift)} />
      <div className="vp-dashboard__charts">
        {shown.map(({ shift, signifier }) => <ShiftCard key={shift.signifierId} shift={shift} signifier={signifier} />)}
      </div>
    </>
  );
}

/** When even the best-answered question has too few stories in its smaller period, how many more. */
function ComparisonPower({ shifts }: { shifts: Shift[] }) {
  const t = useT(periodMessages);
  const perGroup = Math.max(0, ...shifts.map((s) => Math.min(s.nA ?? 0, s.nB ?? 0)));
  return <NotYet perGroup={perGroup} lead={t("smallestGroup", { n: perGroup })} />;
}
