// Taking the newest core questions into a framework: an existing one (its own questions stay after
// the core ones, as a new version) or a new one. The name of a new framework passes the redaction check.
import { useState } from "react";
import type { ListOf } from "../../contract/common.ts";
import type { Framework } from "../../contract/frameworks.ts";
import type { CoreAdoption } from "../../contract/sectors.ts";
import { RedactionCheck, useRedactionCheck } from "../privacy/RedactionCheck.tsx";
import { api } from "../toolkit/api.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { sectorAdminMessages } from "./messages.ts";

const NEW = "new";

export function AdoptForm({ linkId }: { linkId: string }) {
  const t = useT(sectorAdminMessages);
  const frameworks = useResource<ListOf<Framework>>("/frameworks");
  const [into, setInto] = useState(NEW);
  const [name, setName] = useState("");
  const [adopted, setAdopted] = useState<CoreAdoption>();
  const redaction = useRedactionCheck();
  const adopt = async () => {
    setAdopted(undefined);
    if (into === NEW && !(await redaction.check([{ name: "name", original: name }]))) return;
    const result = await api<CoreAdoption>(`/sector-links/${linkId}/adoptions`, { method: "POST", json: into === NEW ? { name } : { frameworkId: into } });
    redaction.done();
    setAdopted(result);
    frameworks.reload();
  };
  return (
    <>
      <StatusMessage message={adopted && t("adopted", { version: adopted.coreVersion, name: adopted.framework.name })} />
      {adopted && <p className="utrecht-paragraph"><Link to={`/frameworks/${encodeURIComponent(adopted.framework.id)}`}>{t("openFramework")}</Link></p>}
      <Loaded resource={frameworks}>
        {({ items }) => (
          <Form onSubmit={adopt} submitLabel={t("adopt")} label={t("adoptHeading")}>
            <SelectField name="frameworkId" label={t("adoptInto")} value={into} onChange={setInto} required
              options={[{ value: NEW, label: t("newFramework") }, ...items.map((f) => ({ value: f.id, label: f.name }))]} />
            {into === NEW && (
              <TextField name="name" label={t("newFrameworkName")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
            )}
            <RedactionCheck pieces={redaction.pieces} labelOf={() => t("newFrameworkName")} level={3} />
          </Form>
        )}
      </Loaded>
    </>
  );
}
