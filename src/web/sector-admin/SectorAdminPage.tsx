// Sectors for admins: the ones the organization coordinates (and starting one), the ones it takes
// part in (and joining one), the code another coordinator needs to add the organization, and the
// public key its contributions are signed with (a hub checks them against it).
import "./sector-admin.css";
import type { ListOf } from "../../contract/common.ts";
import type { Sector, SectorLink, SectorSigningKey } from "../../contract/sectors.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { useSession } from "../toolkit/session.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { CreateSectorForm } from "./CreateSectorForm.tsx";
import { epsilonNumber } from "./epsilon.ts";
import { JoinSectorForm } from "./JoinSectorForm.tsx";
import { sectorAdminMessages } from "./messages.ts";

export default function SectorAdminPage() {
  const t = useT(sectorAdminMessages);
  const { me } = useSession();
  const sectors = useResource<ListOf<Sector>>("/sectors");
  const links = useResource<ListOf<SectorLink>>("/sector-links");
  const signingKey = useResource<SectorSigningKey>("/sector-signing-key");
  if (!me) return null;
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <div className="vp-stack vp-sector-admin">
        <section className="vp-card vp-card--stack" aria-labelledby="deelname">
          <h2 className="utrecht-heading-2" id="deelname">{t("linksHeading")}</h2>
          <Loaded resource={links}>{({ items }) => <LinkList links={items} />}</Loaded>
          <h3 className="utrecht-heading-3">{t("joinHeading")}</h3>
          <p className="utrecht-paragraph">{t("joinIntro")}</p>
          <Loaded resource={sectors}>
            {({ items }) => <Loaded resource={links}>{(linked) => <JoinSectorForm sectors={items.filter((s) => !linked.items.some((l) => l.sectorId === s.id))} />}</Loaded>}
          </Loaded>
        </section>
        <section className="vp-card vp-card--stack" aria-labelledby="coordinatie">
          <h2 className="utrecht-heading-2" id="coordinatie">{t("coordinatedHeading")}</h2>
          <Loaded resource={sectors}>
            {({ items }) => {
              const mine = items.filter((s) => s.coordinatorId === me.organizationId);
              return mine.length === 0 ? <p className="utrecht-paragraph vp-muted">{t("coordinatedEmpty")}</p> : (
                <ul className="utrecht-unordered-list">
                  {mine.map((s) => <li key={s.id}><Link to={`/sector-admin/sectors/${encodeURIComponent(s.id)}`}>{s.name}</Link></li>)}
                </ul>
              );
            }}
          </Loaded>
          <h3 className="utrecht-heading-3">{t("createHeading")}</h3>
          <p className="utrecht-paragraph">{t("createIntro")}</p>
          <CreateSectorForm />
        </section>
        <section className="vp-card vp-card--stack" aria-labelledby="code">
          <h2 className="utrecht-heading-2" id="code">{t("codeHeading")}</h2>
          <p className="utrecht-paragraph">{t("codeIntro")}</p>
          <p className="utrecht-paragraph"><code className="vp-sector-code" data-testid="organization-code">{me.organizationId}</code></p>
          <details>
            <summary>{t("signingKeyHeading")}</summary>
            <p className="utrecht-paragraph">{t("signingKeyIntro")}</p>
            <Loaded resource={signingKey}>{({ publicKey }) => <pre className="vp-sector-code" data-testid="signing-key">{publicKey}</pre>}</Loaded>
          </details>
        </section>
      </div>
    </Page>
  );
}

function LinkList({ links }: { links: SectorLink[] }) {
  const t = useT(sectorAdminMessages);
  const { lang } = useLang();
  if (links.length === 0) return <p className="utrecht-paragraph vp-muted">{t("linksEmpty")}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {links.map((l) => (
        <li key={l.id}>
          <Link to={`/sector-admin/links/${encodeURIComponent(l.id)}`}>{l.sectorName}</Link>
          {l.hubUrl && ` (${t("elsewhere", { host: new URL(l.hubUrl).host })})`}
          {" · "}
          {t("linkSummary", { used: epsilonNumber(l.budget.spent, lang), budget: epsilonNumber(l.budget.budget, lang), releases: l.budget.releases })}
        </li>
      ))}
    </ul>
  );
}
