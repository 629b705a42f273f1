// First run: the organization and its first admin (POST /setup signs you in with a cookie).
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { setupMessages } from "./messages.ts";

export default function SetupPage({ onDone }: { onDone: () => Promise<void> }) {
  const t = useT(setupMessages);
  const [organizationName, setOrganizationName] = useState("");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = async () => {
    await api("/setup", { method: "POST", json: { organizationName, name, email, password } });
    await onDone();
  };
  return (
    <Page title={t("setupTitle")} intro={<p className="utrecht-paragraph">{t("setupIntro")}</p>}>
      <Form onSubmit={submit} submitLabel={t("setupSubmit")}>
        <TextField name="organizationName" label={t("organizationName")} description={t("organizationNameHint")}
          value={organizationName} onChange={setOrganizationName} required maxLength={200} autoComplete="organization" />
        <TextField name="name" label={t("name")} value={name} onChange={setName} required maxLength={200} autoComplete="name" />
        <TextField name="email" label={t("email")} type="email" value={email} onChange={setEmail} required autoComplete="email" spellCheck={false} />
        <TextField name="password" label={t("password")} description={t("passwordHint")} type="password"
          value={password} onChange={setPassword} required minLength={10} maxLength={200} autoComplete="new-password" />
      </Form>
    </Page>
  );
}
