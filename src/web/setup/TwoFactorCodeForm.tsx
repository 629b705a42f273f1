// The code field of two-factor sign-in: six digits from the authenticator app (or, when signing
// in, one of the backup codes).
import { useState } from "react";
import { TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { setupMessages } from "./messages.ts";

interface Props {
  onCode: (code: string) => Promise<void>;
  submitLabel: string;
  allowBackupCode?: boolean;
}

export function TwoFactorCodeForm({ onCode, submitLabel, allowBackupCode }: Props) {
  const t = useT(setupMessages);
  const [code, setCode] = useState("");
  return (
    <Form onSubmit={() => onCode(code.trim().replace(/^(\d{3})\s+(\d{3})$/, "$1$2"))} submitLabel={submitLabel}>
      <TextField name="code" label={t("code")} description={t(allowBackupCode ? "codeOrBackupHint" : "codeHint")} value={code} onChange={setCode} required
        inputMode={allowBackupCode ? "text" : "numeric"} maxLength={allowBackupCode ? 11 : 7} autoComplete="one-time-code" spellCheck={false} autoFocus />
    </Form>
  );
}
