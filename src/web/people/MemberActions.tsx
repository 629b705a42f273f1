// What an admin can change about one person: the role, stopping or giving back access, removing
// them (PATCH and DELETE /members/{id}). The server keeps the last admin and says so.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { ProblemMessage } from "../toolkit/feedback.tsx";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { type Role, roles } from "../../core/roles.ts";
import type { Member } from "../../contract/people.ts";
import type { ResetLink } from "../../contract/sign-in.ts";
import { LinkToPassOn } from "./LinkToPassOn.tsx";
import { peopleMessages } from "./messages.ts";
import { roleLabels } from "./roles.ts";


/** `onChanged` gets the sentence that says what happened (shown above the table: a removed row goes). */
export function MemberActions({ member, onChanged }: { member: Member; onChanged: (message: string) => void }) {
  const t = useT(peopleMessages);
  const tApp = useT(appMessages);
  const [role, setRole] = useState<Role>(member.role);
  const [error, setError] = useState<unknown>();
  const [resetLink, setResetLink] = useState<string>();
  const name = member.name;

  const changeRole = async () => {
    await api(`/members/${member.id}`, { method: "PATCH", json: { role } });
    onChanged(t("roleChanged", { name, role: tApp(roleLabels[role]).toLocaleLowerCase() }));
  };
  /** Runs the request; its answer is the sentence to show, or nothing. */
  const act = async (request: () => Promise<string | undefined>) => {
    setError(undefined);
    try {
      const message = await request();
      if (message) onChanged(message);
    } catch (e) {
      setError(e);
    }
  };
  const setActive = (active: boolean) =>
    act(async () => {
      await api(`/members/${member.id}`, { method: "PATCH", json: { active } });
      return t(active ? "reactivated" : "deactivated", { name });
    });
  const sendResetLink = () => act(async () => {
    const made = await api<ResetLink>(`/members/${member.id}/password-resets`, { method: "POST" });
    setResetLink(made.link);
    return made.mailed ? t("resetLinkMailed", { name }) : undefined;
  });
  const remove = () => {
    if (!window.confirm(t("removeConfirm", { name }))) return;
    void act(async () => {
      await api(`/members/${member.id}`, { method: "DELETE" });
      return t("removed", { name });
    });
  };

  return (
    <details className="vp-member-actions">
      <summary className="utrecht-link" aria-label={t("manageLabel", { name })}>{t("manage")}</summary>
      <div className="vp-member-actions__body">
        {error !== undefined && <ProblemMessage error={error} />}
        <Form onSubmit={changeRole} submitLabel={t("changeRole")} label={t("manageLabel", { name })}>
          <SelectField name="role" label={t("newRole")} value={role} onChange={(v) => setRole(v as Role)}
            options={roles.map((r) => ({ value: r, label: tApp(roleLabels[r]) }))} />
        </Form>
        {resetLink && <LinkToPassOn title={t("resetLinkTitle", { name })} text={t("resetLinkText", { name })} link={resetLink} />}
        <div className="vp-button-row">
          {member.active && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={sendResetLink}>{t("resetLink")}</button>
          )}
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setActive(!member.active)}>
            {member.active ? t("deactivate") : t("reactivate")}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={remove}>
            {t("remove")}
          </button>
        </div>
      </div>
    </details>
  );
}
