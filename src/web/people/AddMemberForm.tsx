// Adds a person with a first password, a role and teams (POST /members).
import { useState } from "react";
import { api } from "../app/api.ts";
import { StatusMessage } from "../app/feedback.tsx";
import { ChoiceGroup } from "../app/forms/Choice.tsx";
import { TextField } from "../app/forms/Field.tsx";
import { Form } from "../app/forms/Form.tsx";
import { useT } from "../app/i18n.tsx";
import { appMessages } from "../app/messages.ts";
import type { Role } from "../app/session.tsx";
import type { Team } from "../app/types.ts";
import { peopleMessages } from "./messages.ts";
import { roleLabels } from "./roles.ts";

const roleHints = { teller: "roleTellerHint", colleague: "roleColleagueHint", analyst: "roleAnalystHint", admin: "roleAdminHint" } as const;
const roleOrder: Role[] = ["teller", "colleague", "analyst", "admin"];

export function AddMemberForm({ teams, onAdded }: { teams: Team[]; onAdded: () => void }) {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("colleague");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [added, setAdded] = useState<string>();

  const submit = async () => {
    setAdded(undefined);
    await api("/members", { method: "POST", json: { name, email, password, role, teamIds } });
    setAdded(t("memberAdded", { name, role: tApp(roleLabels[role]).toLocaleLowerCase() }));
    setName("");
    setEmail("");
    setPassword("");
    setTeamIds([]);
    onAdded();
  };

  return (
    <>
      <StatusMessage message={added} />
      <Form onSubmit={submit} submitLabel={t("addMemberSubmit")} label={t("addMemberHeading")}>
        <TextField name="name" label={t("name")} value={name} onChange={setName} required maxLength={200} autoComplete="off" />
        <TextField name="email" label={t("email")} type="email" value={email} onChange={setEmail} required spellCheck={false} autoComplete="off" />
        <TextField name="password" label={t("password")} description={t("passwordHint")} type="password"
          value={password} onChange={setPassword} required minLength={10} maxLength={200} autoComplete="new-password" />
        <ChoiceGroup name="role" legend={t("role")} value={role} onChange={(v) => setRole(v as Role)}
          options={roleOrder.map((r) => ({ value: r, label: tApp(roleLabels[r]), hint: t(roleHints[r]) }))} />
        {teams.length > 0 && (
          <ChoiceGroup name="teamIds" legend={t("memberTeams")} value={teamIds} onChange={(v) => setTeamIds(v as string[])}
            options={teams.map((team) => ({ value: team.id, label: team.name }))} />
        )}
      </Form>
    </>
  );
}
