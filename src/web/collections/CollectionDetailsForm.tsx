// Renames a listening point or changes when it is open (PATCH /collections/{id}). Tellers read the
// name on the story form, so the writer first sees what personal-data removal will take out.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { dayBoundary, dayOf } from "../toolkit/format.ts";
import { useT } from "../toolkit/i18n.tsx";
import type { Collection } from "../../contract/collections.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { collectionMessages } from "./messages.ts";

interface Props {
  collection: Collection;
  onSaved: (collection: Collection) => void;
  onCancel: () => void;
}

const dayOfMoment = (iso: string | null) => (iso ? dayOf(new Date(iso)) : "");

export function CollectionDetailsForm({ collection: c, onSaved, onCancel }: Props) {
  const t = useT(collectionMessages);
  const [name, setName] = useState(c.name);
  const [opensOn, setOpensOn] = useState(dayOfMoment(c.opensAt));
  const [closesOn, setClosesOn] = useState(dayOfMoment(c.closesAt));
  const redaction = useRedactionCheck();

  const submit = async () => {
    if (!(await redaction.check([{ name: "name", original: name }]))) return;
    // An emptied date takes the limit away: open from the start, or without an end.
    const json = {
      name,
      opensAt: opensOn ? dayBoundary(opensOn, "start") : null,
      closesAt: closesOn ? dayBoundary(closesOn, "end") : null,
    };
    onSaved(await api<Collection>(`/collections/${encodeURIComponent(c.id)}`, { method: "PATCH", json }));
  };

  return (
    <Form onSubmit={submit} submitLabel={t("saveDetails")} label={t("changeDetails")}
      secondary={<button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>{t("cancel")}</button>}>
      <TextField name="name" label={t("name")} description={t("nameHint")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
      <RedactionCheck pieces={redaction.pieces} labelOf={() => t("name")} level={3} />
      <div className="vp-field-row">
        <TextField name="opensAt" label={t("opensAt")} description={t("opensAtEmpty")} type="date" value={opensOn} onChange={setOpensOn} />
        <TextField name="closesAt" label={t("closesAt")} description={t("closesAtEmpty")} type="date" value={closesOn} onChange={setClosesOn} min={opensOn || undefined} />
      </div>
    </Form>
  );
}
