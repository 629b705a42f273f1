// Download the saved framework's texts as a file for a translator, and load the translated file
// back (a new version of the framework).
import { useState } from "react";
import { api, ApiError, download } from "../toolkit/api.ts";
import { useT } from "../toolkit/i18n.tsx";
import type { TranslationImport } from "../../contract/framework-translations.ts";
import type { Framework } from "../../contract/frameworks.ts";
import { translationMessages } from "./translationMessages.ts";

interface Props {
  saved?: Framework;
  language: string;
  variant: "translation" | "easy";
  onUploaded: () => void;
}

export function TranslationFiles({ saved, language, variant, onUploaded }: Props) {
  const t = useT(translationMessages);
  const [message, setMessage] = useState<string>();
  if (!saved) return <p className="utrecht-paragraph vp-muted">{t("saveFirst")}</p>;
  const path = `/frameworks/${encodeURIComponent(saved.id)}/translation-files/${language}`;
  const failed = (error: unknown) =>
    setMessage(t("uploadFailed", { reason: error instanceof ApiError ? error.invalidParams[0]?.reason ?? (error.detail || error.title) : String(error) }));
  const upload = async (file: File) => {
    const type = /\.csv$/i.test(file.name) ? "text/csv" : "application/xliff+xml";
    try {
      const result = await api<TranslationImport>(`${path}?variant=${variant}`, { method: "PUT", headers: { "content-type": type }, body: await file.text() });
      setMessage(t("uploaded", { count: result.imported, missing: result.missing.length }));
      onUploaded();
    } catch (error) {
      failed(error);
    }
  };
  return (
    <div className="vp-stack">
      <h3 className="utrecht-heading-3">{t("fileHeading")}</h3>
      <p className="utrecht-paragraph">{t("fileIntro")}</p>
      <p className="vp-actions">
        {(["xliff", "csv"] as const).map((format) => (
          <button key={format} type="button" className="utrecht-button utrecht-button--secondary-action"
            onClick={() => download(`${path}?format=${format}&variant=${variant}`).catch(failed)}>
            {t(format === "xliff" ? "downloadXliff" : "downloadCsv")}
          </button>
        ))}
      </p>
      <label className="utrecht-form-label" htmlFor="vp-translation-upload">{t("upload")}</label>
      <input id="vp-translation-upload" type="file" accept=".xlf,.xliff,.xml,.csv"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
          e.target.value = "";
        }} />
      <p className="utrecht-paragraph" role="status">{message}</p>
    </div>
  );
}
