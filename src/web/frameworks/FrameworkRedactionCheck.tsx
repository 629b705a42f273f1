// Before a framework is saved, the admin sees what personal-data removal will take out of its texts,
// in every language: tellers read them, and the server removes it either way
// (routes/redaction-previews.ts, the same function as saving).
import type { FrameworkInput } from "../../contract/frameworks.ts";
import type { FrameworkRedactionPreview } from "../../contract/privacy.ts";
import { api } from "../toolkit/api.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { RedactionCheck, useCheckBeforeSaving } from "../privacy/RedactionCheck.tsx";
import type { ReviewedPiece } from "../tell/redaction.ts";
import { translatableLanguages } from "./languageNames.ts";
import { translationMessages } from "./translationMessages.ts";

const SEPARATOR = "|";

async function previewFramework(definition: FrameworkInput): Promise<ReviewedPiece[]> {
  const { changes } = await api<FrameworkRedactionPreview>("/framework-redaction-previews", { method: "POST", json: definition });
  return changes.map((c) => ({ name: [c.variant, c.language, c.key].join(SEPARATOR), original: c.original, findings: c.findings }));
}

export const useFrameworkRedactionCheck = () => useCheckBeforeSaving(previewFramework);

/** "Engels (Vertaling) · prompt.moment.text": where the text sits, since the original is shown below. */
function WhereTheTextIs({ name }: { name: string }) {
  const t = useT(translationMessages);
  const { lang } = useLang();
  const [variant, language, key] = name.split(SEPARATOR) as [string, string, string];
  const languageName = translatableLanguages[language]?.[lang] ?? language;
  const variantName = variant === "translation" ? t("variantTranslation") : variant === "easy" ? t("variantEasy") : undefined;
  return <>{languageName}{variantName && ` (${variantName})`} · <code>{key}</code></>;
}

export function FrameworkRedactionCheck({ pieces }: { pieces: ReviewedPiece[] }) {
  return <RedactionCheck pieces={pieces} labelOf={(name) => <WhereTheTextIs name={name} />} />;
}
