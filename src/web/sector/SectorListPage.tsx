// The sectors the organization belongs to, each a link to its view.
import type { ListOf } from "../../contract/common.ts";
import type { Sector } from "../../contract/sectors.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import { sectorAdminMessages } from "../sector-admin/messages.ts";
import { useResource } from "../toolkit/useResource.ts";
import { sectorMessages } from "./messages.ts";

export default function SectorListPage() {
  const t = useT(sectorMessages);
  const admin = useT(sectorAdminMessages);
  const { me } = useSession();
  const sectors = useResource<ListOf<Sector>>("/sectors");
  return (
    <Page title={t("listTitle")} intro={<p className="utrecht-paragraph">{t("listIntro")}</p>}>
      <Loaded resource={sectors}>
        {({ items }) => items.length === 0 ? <p className="utrecht-paragraph">{t("noSectors")}</p> : (
          <ul className="utrecht-unordered-list">
            {items.map((s) => <li key={s.id}><Link to={`/sector/${encodeURIComponent(s.id)}`}>{s.name}</Link></li>)}
          </ul>
        )}
      </Loaded>
      {hasRole(me ?? null, "admin") && <p className="utrecht-paragraph"><Link to="/sector-admin">{admin("title")}</Link></p>}
    </Page>
  );
}
