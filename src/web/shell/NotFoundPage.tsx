import { useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";

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
