// Right after a framework's first save: what to do next, one click away.
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { startMessages } from "./messages.ts";

export function NextStep({ frameworkId }: { frameworkId: string }) {
  const t = useT(startMessages);
  return (
    <div className="vp-next-step">
      <Alert type="ok" title={t("nextStepTitle")}>
        <p className="utrecht-paragraph">{t("nextStepText")}</p>
        <Link to={`/collections/new?frameworkId=${encodeURIComponent(frameworkId)}`} className="utrecht-button utrecht-button--primary-action vp-button-link">{t("collectionAction")}</Link>
      </Alert>
    </div>
  );
}
