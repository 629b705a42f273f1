// One collection's retention in months (PATCH /collections/{id}); empty keeps stories.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Collection } from "../../contract/collections.ts";
import { settingsMessages } from "./messages.ts";

export function RetentionForm({ collection: c }: { collection: Collection }) {
  const t = useT(settingsMessages);
  const [months, setMonths] = useState(c.retentionMonths === null ? "" : String(c.retentionMonths));
  const [saved, setSaved] = useState<string>();
  const submit = async () => {
    setSaved(undefined);
    const updated = await api<Collection>(`/collections/${c.id}`, { method: "PATCH", json: { retentionMonths: months.trim() ? Number(months) : null } });
    setSaved(updated.retentionMonths === null ? t("retentionCleared", { name: updated.name }) : t("retentionSaved", { name: updated.name, months: updated.retentionMonths }));
  };
  return (
    <>
      <Form onSubmit={submit} submitLabel={t("save")} label={t("saveFor", { name: c.name })} className="vp-form--inline">
        <TextField name="retentionMonths" label={t("retention", { name: c.name })} description={t("retentionKeep")} type="number" inputMode="numeric"
          min={1} max={240} step={1} value={months} onChange={setMonths} />
      </Form>
      <StatusMessage message={saved} />
    </>
  );
}
