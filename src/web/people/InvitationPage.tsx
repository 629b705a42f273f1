// The page an invitation link opens (/uitnodiging#secret): who invites you and as what, then your
// own password. Accepting signs you in; admins and analysts then set up two-step verification
// (the staff gate leads them there).
import { useEffect, useState } from "react";
import type { InvitationPreview } from "../../contract/people.ts";
import { api, ApiError } from "../toolkit/api.ts";
import { Alert, Loading, ProblemMessage } from "../toolkit/feedback.tsx";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { Page } from "../toolkit/Page.tsx";
import { Link, useRouter } from "../toolkit/router.tsx";
import { useSession } from "../toolkit/session.tsx";
import { linkSecret } from "./link-secret.ts";
import { peopleMessages } from "./messages.ts";
import { roleLabels } from "./roles.ts";

export default function InvitationPage() {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const { setLang } = useLang();
  const { refresh } = useSession();
  const { navigate } = useRouter();
  const [token] = useState(linkSecret);
  const [preview, setPreview] = useState<InvitationPreview>();
  const [error, setError] = useState<unknown>();
  const [password, setPassword] = useState("");

  useEffect(() => {
    api<InvitationPreview>("/invitation-previews", { method: "POST", json: { token } }).then((found) => {
      setPreview(found);
      // The page speaks the language the invitation was written in (the switch stays available).
      setLang(found.lang);
    }, setError);
    // Asked for once per link; setLang is a new function on every render.
  }, [token]);

  const accept = async () => {
    await api("/invitation-acceptances", { method: "POST", json: { token, password } });
    await refresh();
    navigate("/stories", { replace: true });
  };

  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return (
      <Page title={t("invitationGoneTitle")}>
        <Alert type="warning" title={t("invitationGoneTitle")}><p>{t("invitationGoneText")}</p></Alert>
        <p className="utrecht-paragraph"><Link to="/login">{t("toLogin")}</Link></p>
      </Page>
    );
  }
  if (error) return <Page title={t("invitationTitle")}><ProblemMessage error={error} /></Page>;
  if (!preview) return <Loading />;
  const intro = t("invitationIntro", { name: preview.name, organization: preview.organizationName, role: tApp(roleLabels[preview.role]).toLocaleLowerCase() });
  return (
    <Page title={t("invitationTitle")} intro={<p className="utrecht-paragraph">{intro}</p>}>
      {preview.twoFactorRequired && <Alert type="info"><p>{t("invitationTwoFactor")}</p></Alert>}
      <Form onSubmit={accept} submitLabel={t("invitationSubmit")}>
        {/* Read-only, for password managers: the account the new password belongs to. */}
        <TextField name="email" label={t("invitationEmail")} type="email" value={preview.email} onChange={() => {}} readOnly autoComplete="username" />
        <TextField name="password" label={t("choosePassword")} description={t("choosePasswordHint")} type="password"
          value={password} onChange={setPassword} required minLength={10} maxLength={200} autoComplete="new-password" />
      </Form>
    </Page>
  );
}
