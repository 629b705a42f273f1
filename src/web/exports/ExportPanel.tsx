// Downloads of the research export (CSV, XLSX, JSON, and a REFI-QDA project for qualitative analysis
// software) with headers a person reads, for analysts: from a collection, a dashboard under its
// current filters, or a framework.
import { useState } from "react";
import { download } from "../toolkit/api.ts";
import { ProblemMessage, StatusMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { hasRole, useSession } from "../toolkit/session.tsx";
import { exportMessages } from "./messages.ts";

const formats = ["csv", "xlsx", "json", "qdpx"] as const;
type Format = (typeof formats)[number];

interface ExportPanelProps {
  /** The API path of the export, e.g. /collections/{id}/exports. */
  path: string;
  /** The dashboard's filter as a query string ("?from=…"), if any. */
  query?: string;
  filtered?: boolean;
}

export function ExportPanel({ path, query = "", filtered = false }: ExportPanelProps) {
  const t = useT(exportMessages);
  const { me } = useSession();
  const [busy, setBusy] = useState<Format>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  if (!hasRole(me ?? null, "analyst")) return null;

  const fetchAs = async (format: Format) => {
    if (busy) return;
    setBusy(format);
    setError(undefined);
    setDone(undefined);
    const params = new URLSearchParams(query.replace(/^\?/, ""));
    params.set("format", format);
    params.set("headers", "labels");
    try {
      setDone(t("done", { file: await download(`${path}?${params}`) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="vp-card vp-card--stack" aria-labelledby="exporteren">
      <h2 className="utrecht-heading-2" id="exporteren">{t("heading")}</h2>
      <p className="utrecht-paragraph">{t(filtered ? "introFiltered" : "intro")}</p>
      <div className="vp-button-row">
        {formats.map((format) => (
          <button key={format} type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={busy ? true : undefined} onClick={() => fetchAs(format)}>
            {busy === format ? t("busy", { format: t(format) }) : t("download", { format: t(format) })}
          </button>
        ))}
      </div>
      <p className="utrecht-paragraph vp-hint">{t("qdpxHint")}</p>
      {error !== undefined && <ProblemMessage error={error} />}
      <StatusMessage message={done} />
    </section>
  );
}
