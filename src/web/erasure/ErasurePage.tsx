// Erasing every story of one client (admins): find them by the client's reference or pseudonym, see
// what will go (POST /subject-erasure-previews), confirm, erase (POST /subject-erasures).
import "../stories/stories.css";
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { useSearchParams } from "../toolkit/router.tsx";
import { erasureMessages } from "./messages.ts";
import { ErasureConfirmation } from "./ErasureConfirmation.tsx";
import type { ErasurePreview } from "../../contract/erasures.ts";

export default function ErasurePage() {
  const t = useT(erasureMessages);
  const given = useSearchParams().get("pseudonym") ?? "";
  const [kind, setKind] = useState(given ? "pseudonym" : "ref");
  const [value, setValue] = useState(given);
  const [preview, setPreview] = useState<ErasurePreview & { input: Record<string, string> }>();
  const [erased, setErased] = useState<string>();
  const find = async () => {
    setErased(undefined);
    const input: Record<string, string> = kind === "ref" ? { subjectRef: value.trim() } : { subjectPseudonym: value.trim() };
    setPreview({ ...(await api<ErasurePreview>("/subject-erasure-previews", { method: "POST", json: input })), input });
  };
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      <div className="vp-stack vp-narrow">
        <StatusMessage message={erased} />
        <div className="vp-card">
          <Form onSubmit={find} submitLabel={t("find")} label={t("find")}>
            <ChoiceGroup name="kind" legend={t("kind")} value={kind} onChange={(v) => {
              setKind(v as string);
              setPreview(undefined);
            }} options={[{ value: "ref", label: t("kindRef") }, { value: "pseudonym", label: t("kindPseudonym") }]} />
            {kind === "ref" ? (
              <TextField name="subjectRef" label={t("reference")} description={t("referenceHint")} value={value} onChange={setValue} required maxLength={200} autoComplete="off" />
            ) : (
              <TextField name="subjectPseudonym" label={t("pseudonym")} description={t("pseudonymHint")} value={value} onChange={setValue} required autoComplete="off" />
            )}
          </Form>
        </div>
        {preview && (
          <ErasureConfirmation preview={preview} input={preview.input} onCancel={() => setPreview(undefined)}
            onErased={(count) => {
              setPreview(undefined);
              setValue("");
              setErased(t("erased", { count }));
            }} />
        )}
      </div>
    </Page>
  );
}
