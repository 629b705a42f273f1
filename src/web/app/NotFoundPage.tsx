import { useT } from "./i18n.tsx";
import { appMessages } from "./messages.ts";
import { Page } from "./Page.tsx";
import { Link } from "./router.tsx";

export function NotFoundPage() {
  const t = useT(appMessages);
  return (
    <Page title={t("notFoundTitle")}>
      <p className="utrecht-paragraph">{t("notFoundText")}</p>
      <p className="utrecht-paragraph"><Link to="/stories">{t("notFoundHome")}</Link></p>
    </Page>
  );
}

export function ForbiddenPage() {
  const t = useT(appMessages);
  return (
    <Page title={t("forbiddenTitle")}>
      <p className="utrecht-paragraph">{t("forbiddenText")}</p>
      <p className="utrecht-paragraph"><Link to="/stories">{t("notFoundHome")}</Link></p>
    </Page>
  );
}
