// "Wachtwoord vergeten": asks for a link by mail. The answer is the same for every address, so the
// page says what happens if there is an account, never whether there is one.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { setupMessages } from "./messages.ts";

export default function ForgotPasswordPage() {
  const t = useT(setupMessages);
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const submit = async () => {
    await api("/password-resets", { method: "POST", json: { email } });
    setSent(true);
  };
  return (
    <Page title={t("forgotTitle")} intro={<p className="utrecht-paragraph">{t("forgotIntro")}</p>}>
      <div role="status">{sent && <Alert type="ok"><p>{t("forgotSent")}</p></Alert>}</div>
      {!sent && (
        <Form onSubmit={submit} submitLabel={t("forgotSubmit")}>
          <TextField name="email" label={t("email")} type="email" value={email} onChange={setEmail} required autoComplete="username" spellCheck={false} />
        </Form>
      )}
      <p className="utrecht-paragraph"><Link to="/login">{t("toLogin")}</Link></p>
    </Page>
  );
}
