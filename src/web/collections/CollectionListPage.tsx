// All listening points, newest state at a glance; admins can make a new one.
import { Loaded } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { Collection } from "../../contract/collections.ts";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { audienceLabels } from "./labels.ts";
import { collectionMessages } from "./messages.ts";
import { DemoBadge } from "../start/Demo.tsx";
import { StateBadge } from "./StateBadge.tsx";

export default function CollectionListPage() {
  const t = useT(collectionMessages);
  const { me } = useSession();
  const isAdmin = hasRole(me ?? null, "admin");
  const collections = useResource<ListOf<Collection>>("/collections");
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  const frameworkName = (id: string) => frameworks.data?.items.find((f) => f.id === id)?.name;
  return (
    <Page title={t("listTitle")} intro={<p className="utrecht-paragraph">{t("listIntro")}</p>}
      actions={isAdmin && <Link to="/collections/new" className="utrecht-button utrecht-button--primary-action vp-button-link">{t("newCollection")}</Link>}>
      <Loaded resource={collections}>
        {({ items }) => items.length === 0 ? (
          <div className="vp-empty">
            <p className="utrecht-paragraph">{t("empty")}</p>
            {isAdmin && <p className="utrecht-paragraph">{t("emptyAdmin")}</p>}
          </div>
        ) : (
          <ul className="vp-list">
            {items.map((c) => (
              <li key={c.id} className="vp-list__item">
                <div className="vp-list__head">
                  <Link to={`/collections/${c.id}`} className="vp-list__title-link">{c.name}</Link>
                  <StateBadge state={c.state} />
                  {c.demo && <DemoBadge />}
                </div>
                <p className="vp-meta">
                  <span>{t(audienceLabels[c.audience])}</span>
                  {frameworkName(c.frameworkId) && <span>{frameworkName(c.frameworkId)}</span>}
                  <span>{t(c.anonymous ? "anonymousYes" : "anonymousNo")}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </Page>
  );
}
