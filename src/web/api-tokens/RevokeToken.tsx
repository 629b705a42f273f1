// Revoking a token after an explicit second step, as erasing a story.
import { api } from "../toolkit/api.ts";
import { Confirm } from "../toolkit/Confirm.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { tokenMessages } from "./messages.ts";

export function RevokeToken({ id, name, onRevoked }: { id: string; name: string; onRevoked: () => void }) {
  const t = useT(tokenMessages);
  const revoke = async () => {
    await api(`/api-tokens/${id}`, { method: "DELETE" });
    onRevoked();
  };
  return (
    <Confirm label={t("revoke")} accessibleLabel={t("revokeLabel", { name })} question={t("revokeConfirm", { name })}
      yes={t("revokeYes")} no={t("revokeNo")} onConfirm={revoke} />
  );
}
