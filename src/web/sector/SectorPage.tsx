// The sector view: the combined figures of every organization in the sector over a chosen period,
// each with the ± of its noise and a margin that counts that noise, the caller's organization beside
// them, what works, what stands out (discovery), a question month by month, two periods compared, and the shared stories.
import "../patterns/dashboard.css";
import "./sector.css";
import { useState } from "react";
import type { SectorPatterns } from "../../contract/sectors.ts";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page, PageFor } from "../toolkit/Page.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { sectorMessages } from "./messages.ts";
import { QuestionCard } from "./QuestionCard.tsx";
import { SectorDiscoverySection } from "./SectorDiscovery.tsx";
import { SectorComparisonSection, SectorTrendSection } from "./SectorPeriods.tsx";
import { SectorWhatWorks } from "./SectorWhatWorks.tsx";
import { SharedStories } from "./SharedStories.tsx";

export default function SectorPage({ id }: { id: string }) {
  const t = useT(sectorMessages);
  const [period, setPeriod] = useState({ from: "", to: "" });
  const path = `/sectors/${encodeURIComponent(id)}`;
  // The page (its name, months and questions) stays while another period's figures load.
  const frame = useResource<SectorPatterns>(`${path}/patterns`);
  const view = useResource<SectorPatterns>(`${path}/patterns${queryString({ from: period.from || undefined, to: period.to || undefined })}`);
  const back = { to: "/sector", label: t("back") };
  return (
    <PageFor resource={frame} back={back}>
      {(first) => (
        <Page title={first.sector.name} back={back} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
          <div className="vp-stack vp-dashboard">
            <PeriodChoice months={first.months} period={period} onChange={setPeriod} />
            <Loaded resource={view}>{(v) => <Patterns view={v} />}</Loaded>
            {first.whatWorks && <SectorDiscoverySection path={path} period={period} />}
            <SectorTrendSection path={path} questions={first.questions} />
            <SectorComparisonSection path={path} months={first.months} />
            <SharedStories path={path} sectorId={id} />
          </div>
        </Page>
      )}
    </PageFor>
  );
}

interface Period { from: string; to: string }

function PeriodChoice({ months, period, onChange }: { months: string[]; period: Period; onChange: (p: Period) => void }) {
  const t = useT(sectorMessages);
  const options = months.map((m) => ({ value: m, label: m }));
  return (
    <section className="vp-card vp-periods__controls" aria-label={t("period")}>
      <SelectField name="sectorFrom" label={t("from")} value={period.from} onChange={(from) => onChange({ ...period, from })} placeholder={t("allMonths")} options={options} />
      <SelectField name="sectorTo" label={t("to")} value={period.to} onChange={(to) => onChange({ ...period, to })} placeholder={t("allMonths")} options={options} />
    </section>
  );
}

function Patterns({ view }: { view: SectorPatterns }) {
  const t = useT(sectorMessages);
  const { count, named } = view.organizations;
  return (
    <>
      <p className="utrecht-paragraph" data-testid="contributors">
        {t("contributors", { count, releases: view.releases })}{" "}
        {named.length > 0 ? t("named", { names: named.join(", ") }) : t("noneNamed")}{" "}
        {named.length > 0 && count > named.length && t("unnamed", { count: count - named.length })}
      </p>
      {view.releases === 0 ? <p className="utrecht-paragraph">{t("nothingYet")}</p> : (
        <section aria-labelledby="sector-verdelingen" className="vp-stack">
          <h2 className="utrecht-heading-2" id="sector-verdelingen">{t("distributions")}</h2>
          <p className="utrecht-paragraph vp-muted">{t("smallGroup", { k: view.smallGroup })}</p>
          <div className="vp-dashboard__charts">
            {view.questions.map((q) => <QuestionCard key={q.id} question={q} />)}
          </div>
        </section>
      )}
      {view.whatWorks && view.whatWorks.rows.length > 0 && <SectorWhatWorks whatWorks={view.whatWorks} />}
    </>
  );
}
