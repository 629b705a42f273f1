// One sector the organization coordinates: its member organizations, its core questions and the
// keys for servers elsewhere. Only the coordinating organization's admins reach it (the server
// answers 403 to members, 404 to others).
import "./sector-admin.css";
import type { ListOf } from "../../contract/common.ts";
import type { Sector } from "../../contract/sectors.ts";
import { Page } from "../toolkit/Page.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { Loaded } from "../toolkit/feedback.tsx";
import { useSession } from "../toolkit/session.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { CoreSection } from "./CoreSection.tsx";
import { CredentialsSection } from "./CredentialsSection.tsx";
import { MembersSection } from "./MembersSection.tsx";
import { sectorAdminMessages } from "./messages.ts";

export default function SectorManagePage({ id }: { id: string }) {
  const t = useT(sectorAdminMessages);
  const { me } = useSession();
  const sectors = useResource<ListOf<Sector>>("/sectors");
  // A member's admin reads the sector's view, not this page: only the coordinating organization manages it.
  const sector = sectors.data?.items.find((s) => s.id === id && s.coordinatorId === me?.organizationId);
  const back = { to: "/sector-admin", label: t("back") };
  if (!sectors.data) return <Page title={t("title")} back={back}><Loaded resource={sectors}>{() => null}</Loaded></Page>;
  if (!sector) return <Page title={t("title")} back={back}><p className="utrecht-paragraph">{t("notFound")}</p></Page>;
  return (
    <Page title={sector.name} back={back} intro={(
      <>
        <p className="utrecht-paragraph">{t("manageIntro")}</p>
        <p className="utrecht-paragraph"><Link to={`/sector/${encodeURIComponent(id)}`}>{t("toView")}</Link></p>
      </>
    )}>
      <div className="vp-stack vp-sector-admin">
        <MembersSection sectorId={id} />
        <CoreSection sectorId={id} />
        <CredentialsSection sectorId={id} />
      </div>
    </Page>
  );
}
