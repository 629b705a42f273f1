// Joining a sector: one on this server the organization is a member of, or one on a hub elsewhere
// (its address and the key its coordinator issued), with the privacy budget all releases share.
import { useState } from "react";
import type { Sector, SectorLink } from "../../contract/sectors.ts";
import { api } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { useRouter } from "../toolkit/router.tsx";
import { BUDGETS, DEFAULT_BUDGET } from "./epsilon.ts";
import { sectorAdminMessages } from "./messages.ts";

export function JoinSectorForm({ sectors }: { sectors: Sector[] }) {
  const t = useT(sectorAdminMessages);
  const { navigate } = useRouter();
  const [where, setWhere] = useState<"here" | "elsewhere">(sectors.length > 0 ? "here" : "elsewhere");
  const [sectorId, setSectorId] = useState("");
  const [hubUrl, setHubUrl] = useState("");
  const [credential, setCredential] = useState("");
  const [budget, setBudget] = useState<string>(DEFAULT_BUDGET);
  const join = async () => {
    const target = where === "here" ? { sectorId } : { hubUrl: hubUrl.trim(), credential: credential.trim() };
    const link = await api<SectorLink>("/sector-links", { method: "POST", json: { ...target, budget: { numerator: Number(budget), denominator: 1 } } });
    navigate(`/sector-admin/links/${encodeURIComponent(link.id)}`);
  };
  return (
    <Form onSubmit={join} submitLabel={t("join")} label={t("joinHeading")}>
      <ChoiceGroup name="where" legend={t("where")} value={where} onChange={(v) => setWhere(v as "here" | "elsewhere")} options={[
        { value: "here", label: t("whereHere"), hint: t("whereHereHint") },
        { value: "elsewhere", label: t("whereElsewhere"), hint: t("whereElsewhereHint") },
      ]} />
      {where === "here" && (sectors.length === 0
        ? <p className="utrecht-paragraph vp-muted">{t("noSectorToJoin")}</p>
        : <SelectField name="sectorId" label={t("chooseSector")} value={sectorId} onChange={setSectorId} required
            placeholder={t("chooseSectorPlaceholder")} options={sectors.map((s) => ({ value: s.id, label: s.name }))} />)}
      {where === "elsewhere" && (
        <>
          <TextField name="hubUrl" type="url" label={t("hubUrl")} description={t("hubUrlHint")} value={hubUrl} onChange={setHubUrl} required maxLength={500} autoComplete="off" />
          <TextField name="credential" label={t("credential")} description={t("credentialHint")} value={credential} onChange={setCredential} required
            autoComplete="off" spellCheck={false} />
        </>
      )}
      <SelectField name="budget" label={t("budget")} description={t("budgetHint")} value={budget} onChange={setBudget} required
        options={BUDGETS.map((b) => ({ value: b, label: `ε ${b}` }))} />
    </Form>
  );
}
