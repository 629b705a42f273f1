// Sign in with e-mail and password (POST /sessions sets the session cookie); people with two-step
// verification then give the code from their app (POST /two-factor-verifications). Or with the
// organization's own account (SingleSignOn). The staff app's gate then sends the person on to where
// they were going.
import { useState } from "react";
import type { SessionCreated } from "../../contract/people.ts";
import type { TwoFactorChallenge } from "../../contract/sign-in.ts";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { Link } from "../toolkit/router.tsx";
import { useSession } from "../toolkit/session.tsx";
import { setupMessages } from "./messages.ts";
import { SingleSignOn } from "./SingleSignOn.tsx";
import { TwoFactorCodeForm } from "./TwoFactorCodeForm.tsx";

export default function LoginPage() {
  const t = useT(setupMessages);
  const { refresh } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [codeNeeded, setCodeNeeded] = useState(false);
  const submit = async () => {
    const answer = await api<SessionCreated | TwoFactorChallenge>("/sessions", { method: "POST", json: { email, password } });
    if ("twoFactorRequired" in answer) setCodeNeeded(true);
    else await refresh();
  };
  const verify = async (code: string) => {
    // The pending sign-in travels in a cookie better-auth set with the answer above.
    await api("/two-factor-verifications", { method: "POST", json: { code } });
    await refresh();
  };
  if (codeNeeded) {
    return (
      <Page title={t("loginTitle")} intro={<p className="utrecht-paragraph">{t("loginCodeIntro")}</p>}>
        <TwoFactorCodeForm onCode={verify} submitLabel={t("loginCodeSubmit")} allowBackupCode />
      </Page>
    );
  }
  return (
    <Page title={t("loginTitle")} intro={<p className="utrecht-paragraph">{t("loginIntro")}</p>}>
      <SingleSignOn />
      <Form onSubmit={submit} submitLabel={t("loginSubmit")}>
        <TextField name="email" label={t("email")} type="email" value={email} onChange={setEmail} required autoComplete="username" spellCheck={false} />
        <TextField name="password" label={t("password")} type="password" value={password} onChange={setPassword} required autoComplete="current-password" />
      </Form>
      <p className="utrecht-paragraph"><Link to="/wachtwoord-vergeten">{t("loginForgot")}</Link></p>
    </Page>
  );
}
