// All listening points, newest state at a glance; admins can make a new one.
import { Loaded } from "../app/feedback.tsx";
import { useT } from "../app/i18n.tsx";
import { Page } from "../app/Page.tsx";
import { Link } from "../app/router.tsx";
import { hasRole, useSession } from "../app/session.tsx";
import type { Collection, Framework, ListOf } from "../app/types.ts";
import { useResource } from "../app/useResource.ts";
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
