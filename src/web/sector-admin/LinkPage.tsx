// The organization's part in one sector: the privacy budget, taking over the core questions, which
// collections take part, releasing a month and what was released (with withdrawing).
import "./sector-admin.css";
import type { ListOf } from "../../contract/common.ts";
import type { LinkParticipation, ReleaseSummary, SectorLink } from "../../contract/sectors.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { AdoptForm } from "./AdoptForm.tsx";
import { epsilonNumber } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";
import { ParticipationSection } from "./ParticipationSection.tsx";
import { ReleasesSection } from "./ReleasesSection.tsx";

export default function LinkPage({ id }: { id: string }) {
  const t = useT(sectorAdminMessages);
  const links = useResource<ListOf<SectorLink>>("/sector-links");
  const participations = useResource<ListOf<LinkParticipation>>(`/sector-links/${id}/participations`);
  const releases = useResource<ListOf<ReleaseSummary>>(`/sector-links/${id}/releases`);
  // A change to what takes part or what was released also moves the budget.
  const refresh = () => {
    participations.reload();
    releases.reload();
    links.reload();
  };
  const link = links.data?.items.find((l) => l.id === id);
  const back = { to: "/sector-admin", label: t("back") };
  if (!links.data) return <Page title={t("title")} back={back}><Loaded resource={links}>{() => null}</Loaded></Page>;
  if (!link) return <Page title={t("title")} back={back}><p className="utrecht-paragraph">{t("notFound")}</p></Page>;
  return (
    <Page title={link.sectorName} back={back} intro={(
      <>
        <p className="utrecht-paragraph">{t("linkIntro")}</p>
        {!link.hubUrl && <p className="utrecht-paragraph"><Link to={`/sector/${encodeURIComponent(link.sectorId)}`}>{t("toView")}</Link></p>}
      </>
    )}>
      <div className="vp-stack vp-sector-admin">
        <section className="vp-card vp-card--stack" aria-labelledby="budget">
          <h2 className="utrecht-heading-2" id="budget">{t("budgetHeading")}</h2>
          <BudgetFacts budget={link.budget} />
          <p className="utrecht-paragraph">{t("nameSetting")} <Link to="/settings">{t("settingsLink")}</Link></p>
        </section>
        <section className="vp-card vp-card--stack" aria-labelledby="overnemen">
          <h2 className="utrecht-heading-2" id="overnemen">{t("adoptHeading")}</h2>
          <p className="utrecht-paragraph">{t("adoptIntro")}</p>
          <AdoptForm linkId={link.id} />
        </section>
        <ParticipationSection linkId={link.id} participations={participations} onChanged={refresh} />
        <ReleasesSection participations={participations} releases={releases} onReleased={refresh} />
      </div>
    </Page>
  );
}

function BudgetFacts({ budget }: { budget: SectorLink["budget"] }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  const facts: [string, string][] = [
    [t("budgetTotal"), epsilonNumber(budget.budget, lang)],
    [t("budgetUsed"), epsilonNumber(budget.spent, lang)],
    [t("budgetLeft"), epsilonNumber(Math.max(0, budget.budget - budget.spent), lang)],
    [t("releasesCount"), String(budget.releases)],
  ];
  return (
    <dl className="vp-sector-facts" data-testid="sector-budget">
      {facts.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}
    </dl>
  );
}
