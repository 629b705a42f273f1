// Starting a sector: its name is read by every member, so it passes the redaction check first.
import { useState } from "react";
import type { Sector } from "../../contract/sectors.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { useRouter } from "../toolkit/router.tsx";
import { sectorAdminMessages } from "./messages.ts";

export function CreateSectorForm() {
  const t = useT(sectorAdminMessages);
  const { navigate } = useRouter();
  const [name, setName] = useState("");
  const redaction = useRedactionCheck();
  const create = async () => {
    if (!(await redaction.check([{ name: "name", original: name }]))) return;
    const created = await api<Sector>("/sectors", { method: "POST", json: { name } });
    navigate(`/sector-admin/sectors/${encodeURIComponent(created.id)}`);
  };
  return (
    <Form onSubmit={create} submitLabel={t("create")} label={t("createHeading")}>
      <TextField name="name" label={t("sectorName")} description={t("sectorNameHint")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
      <RedactionCheck pieces={redaction.pieces} labelOf={() => t("sectorName")} level={4} />
    </Form>
  );
}
