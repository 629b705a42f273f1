// Opens or closes a listening point now (PATCH /collections/{id} with closesAt or opensAt).
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import type { Collection } from "../../contract/collections.ts";
import { stateLabels } from "./labels.ts";
import { collectionMessages } from "./messages.ts";

export function StatePanel({ collection: c, onChanged }: { collection: Collection; onChanged: () => void }) {
  const t = useT(collectionMessages);
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  // Closing sets the end to now; reopening clears it; "open now" clears a start in the future.
  const change = c.state === "open" ? { closesAt: new Date().toISOString() } : c.state === "closed" ? { closesAt: null } : { opensAt: null };
  const label = t(c.state === "open" ? "close" : c.state === "closed" ? "reopen" : "openNow");
  const explanation = c.state === "open" ? t("stateIsOpen")
    : c.state === "closed" ? t("stateIsClosed")
    : t("stateIsNotYetOpen", { date: formatDate(c.opensAt!, lang) });

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const updated = await api<Collection>(`/collections/${c.id}`, { method: "PATCH", json: change });
      setSaved(t("stateChanged", { state: t(stateLabels[updated.state]).toLocaleLowerCase() }));
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="vp-card vp-card--stack" aria-labelledby="open-dicht">
      <h2 className="utrecht-heading-2" id="open-dicht">{t("stateHeading")}</h2>
      <p className="utrecht-paragraph">{explanation}</p>
      {error !== undefined && <ProblemMessage error={error} />}
      <button type="button" className={`utrecht-button ${c.state === "open" ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
        aria-disabled={busy || undefined} onClick={() => !busy && submit()}>
        {label}
      </button>
      <StatusMessage message={saved} />
    </section>
  );
}
