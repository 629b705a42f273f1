// Invites a person by e-mail with a role (POST /invitations). Without a mail server the answer holds
// the link, which the admin then passes on.
import { useState } from "react";
import type { InvitationCreated } from "../../contract/people.ts";
import { api } from "../toolkit/api.ts";
import { StatusMessage } from "../toolkit/feedback.tsx";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { type Lang, useLang, useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { type Role, roles } from "../../core/roles.ts";
import { LinkToPassOn } from "./LinkToPassOn.tsx";
import { peopleMessages } from "./messages.ts";
import { roleLabels } from "./roles.ts";

const roleHints = { teller: "roleTellerHint", colleague: "roleColleagueHint", analyst: "roleAnalystHint", admin: "roleAdminHint" } as const;

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const { lang: uiLang } = useLang();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("colleague");
  const [lang, setLang] = useState<Lang>(uiLang);
  const [created, setCreated] = useState<InvitationCreated>();

  const submit = async () => {
    setCreated(undefined);
    setCreated(await api<InvitationCreated>("/invitations", { method: "POST", json: { name, email, role, lang } }));
    setName("");
    setEmail("");
    onInvited();
  };

  return (
    <>
      <p className="utrecht-paragraph vp-invite-intro">{t("inviteIntro")}</p>
      <StatusMessage message={created?.mailed ? t("inviteMailed", { email: created.email }) : undefined} />
      {created?.link && <LinkToPassOn title={t("inviteLinkTitle", { name: created.name })} text={t("inviteLinkText")} link={created.link} />}
      <Form onSubmit={submit} submitLabel={t("inviteSubmit")} label={t("inviteHeading")}>
        <TextField name="name" label={t("name")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
        <TextField name="email" label={t("email")} type="email" value={email} onChange={setEmail} required spellCheck={false} autoComplete="off" />
        <ChoiceGroup name="role" legend={t("role")} value={role} onChange={(v) => setRole(v as Role)}
          options={roles.map((r) => ({ value: r, label: tApp(roleLabels[r]), hint: t(roleHints[r]) }))} />
        <SelectField name="lang" label={t("inviteLang")} value={lang} onChange={(v) => setLang(v as Lang)}
          options={[{ value: "nl", label: t("langNl") }, { value: "en", label: t("langEn") }]} />
      </Form>
    </>
  );
}
