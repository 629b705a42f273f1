// The page a password-reset link opens (/wachtwoord-herstellen#secret): choose a new password.
// A used or expired link gets the server's explanation in the form's error summary.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { linkSecret } from "../people/link-secret.ts";
import { setupMessages } from "./messages.ts";

export default function ResetPasswordPage() {
  const t = useT(setupMessages);
  const [token] = useState(linkSecret);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const submit = async () => {
    await api("/password-reset-completions", { method: "POST", json: { token, password } });
    setDone(true);
  };
  return (
    <Page title={t("resetTitle")} intro={<p className="utrecht-paragraph">{t("resetIntro")}</p>}>
      <div role="status">{done && <Alert type="ok"><p>{t("resetDone")}</p></Alert>}</div>
      {!token && <Alert type="warning"><p>{t("resetNoLink")}</p></Alert>}
      {token && !done && (
        <Form onSubmit={submit} submitLabel={t("resetSubmit")}>
          <TextField name="password" label={t("newPassword")} description={t("passwordHint")} type="password"
            value={password} onChange={setPassword} required minLength={10} maxLength={200} autoComplete="new-password" />
        </Form>
      )}
      <p className="utrecht-paragraph"><Link to="/login">{t("toLogin")}</Link></p>
    </Page>
  );
}
