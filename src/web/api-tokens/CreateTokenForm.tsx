// Making a token: name, scope (no more than the person's role) and expiry date; the server checks again.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { dayBoundary } from "../toolkit/format.ts";
import { useT } from "../toolkit/i18n.tsx";
import type { Role } from "../toolkit/session.tsx";
import { tokenMessages } from "./messages.ts";
import { scopeHints, scopeLabels, scopesFor, type TokenScope } from "./scopes.ts";

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
}

const DAY_MS = 86_400_000;
const dayInput = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

export function CreateTokenForm({ role, onCreated }: { role: Role; onCreated: (token: CreatedToken) => void }) {
  const t = useT(tokenMessages);
  const scopes = scopesFor(role);
  const [name, setName] = useState("");
  // Least rights first: reading is what most scripts need.
  const [scope, setScope] = useState<TokenScope>("read");
  const [expires, setExpires] = useState(() => dayInput(new Date(Date.now() + 90 * DAY_MS)));
  const submit = async () => {
    const created = await api<CreatedToken>("/api-tokens", { method: "POST", json: { name, scope, expiresAt: dayBoundary(expires, "end") } });
    setName("");
    onCreated(created);
  };
  return (
    <Form onSubmit={submit} submitLabel={t("createSubmit")} label={t("createHeading")}>
      <TextField name="name" label={t("name")} description={t("nameHint")} value={name} onChange={setName} required maxLength={100} autoComplete="off" />
      <ChoiceGroup name="scope" legend={t("scope")} value={scope} onChange={(v) => setScope(v as TokenScope)}
        options={scopes.map((s) => ({ value: s, label: t(scopeLabels[s]), hint: t(scopeHints[s]) }))} />
      <TextField name="expiresAt" type="date" label={t("expiresAt")} description={t("expiresAtHint")} value={expires} onChange={setExpires} required
        min={dayInput(new Date())} max={dayInput(new Date(Date.now() + 365 * DAY_MS))} />
    </Form>
  );
}
