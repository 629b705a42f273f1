// "Lezen collega's hetzelfde?": per question how far colleagues' readings of the same stories agree
// (Krippendorff's alpha, or for a triangle the distance between their points), what that size means,
// and how the tellers' own answers compare. Analysts and up (policy: analysis:read).
import "../patterns/dashboard.css";
import { useCallback, useMemo } from "react";
import type { Signifier } from "../../core/framework.ts";
import type { Collection } from "../../contract/collections.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { Agreement, SignifierAgreement } from "../../contract/interpretations.ts";
import { formatPercent } from "../patterns/labels.ts";
import { Facts, Said } from "../patterns/Plain.tsx";
import { PlotBox } from "../patterns/PlotBox.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { numberFormatter } from "../toolkit/format.ts";
import { type Lang, useLang, useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { agreementState, alphaLevel, tellerAlike } from "./agreement.ts";
import { alphaChart } from "./agreementChart.ts";
import { agreementMessages } from "./messages.ts";

const NONE = "–";
/** Alpha with three decimals, as Krippendorff's marks are written: 0,667. */
const alphaFormat = (lang: Lang) => {
  const format = numberFormatter(lang, { digits: 3, fixed: true });
  return (value: number | null) => (value === null ? NONE : format(value));
};

export default function AgreementPage({ id }: { id: string }) {
  const t = useT(agreementMessages);
  const path = `/collections/${encodeURIComponent(id)}`;
  const collection = useResource<Collection>(path);
  const framework = useResource<Framework>(collection.data ? `/frameworks/${encodeURIComponent(collection.data.frameworkId)}` : null);
  const agreement = useResource<Agreement>(`${path}/agreement`);
  const back = { to: `${path}/patterns`, label: t("back") };
  return (
    <PageFor resource={collection} back={back}>
      {(c) => (
        <Page title={t("title", { name: c.name })} back={back} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
          <div className="vp-stack">
            <HowToRead />
            <Loaded resource={agreement}>
              {(a) => <Loaded resource={framework}>{(f) => <Questions agreement={a} signifiers={f.signifiers} />}</Loaded>}
            </Loaded>
          </div>
        </Page>
      )}
    </PageFor>
  );
}

function HowToRead() {
  const t = useT(agreementMessages);
  return (
    <section className="vp-card vp-stack" aria-labelledby="zo-lees-je">
      <h2 className="utrecht-heading-2" id="zo-lees-je">{t("howTitle")}</h2>
      {(["howAlpha", "howMarks", "howTriad", "howWhich"] as const).map((key) => <p key={key} className="utrecht-paragraph">{t(key)}</p>)}
    </section>
  );
}

function Questions({ agreement, signifiers }: { agreement: Agreement; signifiers: Signifier[] }) {
  const t = useT(agreementMessages);
  const { lang } = useLang();
  const question = (id: string) => signifiers.find((s) => s.id === id)?.question ?? id;
  const dots = useMemo(() => agreement.items.flatMap((a) => (a.alpha === null ? [] : [{ question: signifiers.find((s) => s.id === a.signifierId)?.question ?? a.signifierId, alpha: a.alpha }])), [agreement, signifiers]);
  const draw = useCallback((width: number) => {
    return alphaChart(dots, { width, format: alphaFormat(lang), tick: numberFormatter(lang, { digits: 1 }) });
  }, [dots, lang]);
  if (agreement.interpretedStories === 0) return <p className="utrecht-paragraph" data-testid="agreement-none">{t("noneRead")}</p>;
  return (
    <>
      <p className="utrecht-paragraph">{t("interpreted", { n: agreement.interpretedStories })}</p>
      {dots.length > 0 && (
        <section className="vp-card vp-chart" aria-labelledby="alfa-per-vraag">
          <h2 className="utrecht-heading-2" id="alfa-per-vraag">{t("chartTitle")}</h2>
          <figure className="vp-chart__figure">
            <PlotBox draw={draw} data-chart-type="agreement" />
            <figcaption className="vp-chart__caption">{t("chartHelp")}</figcaption>
          </figure>
        </section>
      )}
      <section className="vp-stack" aria-labelledby="per-vraag">
        <h2 className="utrecht-heading-2" id="per-vraag">{t("questionsTitle")}</h2>
        <div className="vp-dashboard__charts">
          {agreement.items.map((a) => <QuestionAgreement key={a.signifierId} agreement={a} question={question(a.signifierId)} />)}
        </div>
      </section>
    </>
  );
}

function QuestionAgreement({ agreement: a, question }: { agreement: SignifierAgreement; question: string }) {
  const t = useT(agreementMessages);
  const { lang } = useLang();
  const alpha = alphaFormat(lang);
  const state = agreementState(a);
  const distance = (d: number | null) => formatPercent(d, lang);
  const sentence = state === "alpha" ? t(alphaLevel(a.alpha!), { alpha: alpha(a.alpha) })
    : state === "distance" ? t("distance", { distance: distance(a.meanInterpreterDistance) }) : t(state);
  const alike = tellerAlike(a);
  const teller = [
    a.tellerMatchShare !== null && t("tellerMatch", { share: formatPercent(a.tellerMatchShare, lang) }),
    alike && t(alike === "alike" ? "tellerAlike" : "tellerDifferent", { alpha: alpha(a.tellerAlpha) }),
    a.meanTellerDistance !== null && t("tellerDistance", { distance: distance(a.meanTellerDistance) }),
  ].filter((line): line is string => Boolean(line));
  const headingId = `overeenstemming-${a.signifierId}`;
  return (
    <section className="vp-card vp-chart" aria-labelledby={headingId} data-agreement={a.signifierId}>
      <h3 className="utrecht-heading-3" id={headingId}>{question}</h3>
      <p className="vp-muted">{t("stories", { n: a.stories })}</p>
      <Said sentence={sentence} explained={teller.length > 0 && state !== "notYet" ? <p className="utrecht-paragraph">{teller.join(" ")}</p> : undefined}>
        <Facts facts={[
          [t("storiesFact"), String(a.stories)],
          ...(a.type === "triad" ? [] : [[t("alpha"), alpha(a.alpha)], [t("tellerAlpha"), alpha(a.tellerAlpha)]] as [string, string][]),
          ...(a.type === "choice" ? [[t("tellerMatchFact"), formatPercent(a.tellerMatchShare, lang)]] as [string, string][]
            : [[t("interpreterDistance"), distance(a.meanInterpreterDistance)], [t("tellerDistanceFact"), distance(a.meanTellerDistance)]] as [string, string][]),
        ]} />
      </Said>
    </section>
  );
}
