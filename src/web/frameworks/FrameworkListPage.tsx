// The organization's frameworks (current versions); admins start a new one here.
import { Loaded } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import { useResource } from "../toolkit/useResource.ts";
import { frameworkMessages } from "./messages.ts";

export default function FrameworkListPage() {
  const t = useT(frameworkMessages);
  const { lang } = useLang();
  const { me } = useSession();
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  const isAdmin = hasRole(me ?? null, "admin");
  return (
    <Page title={t("listTitle")} intro={<p className="utrecht-paragraph">{t("listIntro")}</p>}
      actions={isAdmin && <Link to="/frameworks/new" className="utrecht-button utrecht-button--primary-action vp-button-link">{t("newFramework")}</Link>}>
      <Loaded resource={frameworks}>
        {({ items }) => items.length === 0 ? (
          <div className="vp-empty"><p className="utrecht-paragraph">{t("empty")}</p></div>
        ) : (
          <ul className="vp-list">
            {items.map((f) => (
              <li key={f.id} className="vp-list__item">
                <div className="vp-list__head">
                  <Link to={`/frameworks/${f.id}`} className="vp-list__title-link">{f.name}</Link>
                  <span className="vp-badge">{t("version", { version: f.version })}</span>
                </div>
                <p className="vp-meta">
                  <span>{t("counts", { prompts: f.prompts.length, signifiers: f.signifiers.length })}</span>
                  <span>{t("updated", { date: formatDate(f.updatedAt, lang) })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </Page>
  );
}
