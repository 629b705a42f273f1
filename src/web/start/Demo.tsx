// How the demo vertelpunt shows itself: a badge beside its name and a notice on its pages, with
// (for admins) the button that removes it in one step.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Alert, ProblemMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { useRouter } from "../toolkit/router.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import { startMessages } from "./messages.ts";

export function DemoBadge() {
  const t = useT(startMessages);
  return <span className="vp-badge vp-badge--demo">{t("demoBadge")}</span>;
}

export function RemoveDemoButton({ collectionId, onRemoved }: { collectionId: string; onRemoved: () => void }) {
  const t = useT(startMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(`/demo-collections/${collectionId}`, { method: "DELETE" });
      onRemoved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={busy || undefined} onClick={() => void (busy || remove())}>{t("demoRemove")}</button>
      {error !== undefined && <ProblemMessage error={error} />}
    </>
  );
}

/** On the demo's collection page and dashboard. */
export function DemoNotice({ collectionId }: { collectionId: string }) {
  const t = useT(startMessages);
  const { me } = useSession();
  const { navigate } = useRouter();
  return (
    <div className="vp-demo-notice">
      <Alert type="info" title={t("demoNotice")}>
        {hasRole(me ?? null, "admin") && <RemoveDemoButton collectionId={collectionId} onRemoved={() => navigate("/stories")} />}
      </Alert>
    </div>
  );
}
