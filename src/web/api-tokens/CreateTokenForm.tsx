// Making a token: name, scope (no more than the person's role) and expiry date; the server checks again.
import { useState } from "react";
import type { ApiTokenCreated } from "../../contract/api-tokens.ts";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, scopesFor, type TokenScope } from "../../core/token-scope.ts";
import { api } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { dayBoundary } from "../toolkit/format.ts";
import { useT } from "../toolkit/i18n.tsx";
import type { Role } from "../toolkit/session.tsx";
import { tokenMessages } from "./messages.ts";
import { scopeHints, scopeLabels } from "./scopes.ts";

const DAY_MS = 86_400_000;
const dayInput = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
// The chosen day counts to its end, so the last day offered lies a day inside the server's limit.
const latestExpiry = () => dayInput(new Date(Date.now() + (MAX_TOKEN_DAYS - 1) * DAY_MS));

export function CreateTokenForm({ role, onCreated }: { role: Role; onCreated: (token: ApiTokenCreated) => void }) {
  const t = useT(tokenMessages);
  const scopes = scopesFor(role);
  const [name, setName] = useState("");
  // Least rights first: reading is what most scripts need.
  const [scope, setScope] = useState<TokenScope>("read");
  const [expires, setExpires] = useState(() => dayInput(new Date(Date.now() + DEFAULT_TOKEN_DAYS * DAY_MS)));
  const submit = async () => {
    const created = await api<ApiTokenCreated>("/api-tokens", { method: "POST", json: { name, scope, expiresAt: dayBoundary(expires, "end") } });
    setName("");
    onCreated(created);
  };
  return (
    <Form onSubmit={submit} submitLabel={t("createSubmit")} label={t("createHeading")}>
      <TextField name="name" label={t("name")} description={t("nameHint")} value={name} onChange={setName} required maxLength={100} autoComplete="off" />
      <ChoiceGroup name="scope" legend={t("scope")} value={scope} onChange={(v) => setScope(v as TokenScope)}
        options={scopes.map((s) => ({ value: s, label: t(scopeLabels[s]), hint: t(scopeHints[s]) }))} />
      <TextField name="expiresAt" type="date" label={t("expiresAt")} description={t("expiresAtHint")} value={expires} onChange={setExpires} required
        min={dayInput(new Date())} max={latestExpiry()} />
    </Form>
  );
}
