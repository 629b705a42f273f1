// Admins and analysts set up two-step sign-in before anything else: password again, then the key
// as a QR code (and as text), the backup codes, and a first code to confirm.
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { Enrolment } from "../../contract/sign-in.ts";
import { api } from "../toolkit/api.ts";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { useSession } from "../toolkit/session.tsx";
import { setupMessages } from "./messages.ts";
import { TwoFactorCodeForm } from "./TwoFactorCodeForm.tsx";

function KeyQrCode({ uri, label }: { uri: string; label: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    QRCode.toString(uri, { type: "svg", margin: 1 }).then((svg) => setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
  }, [uri]);
  return src ? <img className="vp-share__qr" src={src} alt={label} width={200} height={200} /> : null;
}

export default function TwoFactorSetupPage() {
  const t = useT(setupMessages);
  const { refresh } = useSession();
  const [password, setPassword] = useState("");
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const start = async () => setEnrolment(await api<Enrolment>("/two-factor-enrolments", { method: "POST", json: { password } }));
  const confirm = async (code: string) => {
    await api("/two-factor-confirmations", { method: "POST", json: { code } });
    await refresh();
  };
  const intro = <p className="utrecht-paragraph">{t("twoFactorIntro")}</p>;
  if (!enrolment) {
    return (
      <Page title={t("twoFactorTitle")} intro={intro}>
        <Form onSubmit={start} submitLabel={t("twoFactorStart")}>
          <TextField name="password" label={t("password")} type="password" value={password} onChange={setPassword} required autoComplete="current-password" />
        </Form>
      </Page>
    );
  }
  return (
    <Page title={t("twoFactorTitle")} intro={intro}>
      <h2 className="utrecht-heading-2">{t("twoFactorScan")}</h2>
      <KeyQrCode uri={enrolment.totpUri} label={t("twoFactorQrLabel")} />
      <p className="utrecht-paragraph">{t("twoFactorTypeKey")} <code>{enrolment.secret}</code></p>
      <h2 className="utrecht-heading-2">{t("twoFactorBackupTitle")}</h2>
      <p className="utrecht-paragraph">{t("twoFactorBackupIntro")}</p>
      <ul className="utrecht-unordered-list">{enrolment.backupCodes.map((code) => <li key={code}><code>{code}</code></li>)}</ul>
      <h2 className="utrecht-heading-2">{t("twoFactorConfirmTitle")}</h2>
      <TwoFactorCodeForm onCode={confirm} submitLabel={t("twoFactorConfirm")} />
    </Page>
  );
}
