// A key right after it was issued: shown once, with this server's address, as a new API token is.
import "../api-tokens/api-tokens.css";
import type { SectorCredential } from "../../contract/sectors.ts";
import { SecretShownOnce } from "../api-tokens/NewTokenSecret.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { sectorAdminMessages } from "./messages.ts";

export function NewCredential({ credential }: { credential: SectorCredential }) {
  const t = useT(sectorAdminMessages);
  return (
    <SecretShownOnce id={credential.id} title={t("issuedTitle", { name: credential.name })} advice={t("issuedOnce")}
      context={{ label: t("serverAddress"), value: location.origin }} label={t("credential")} secret={credential.credential}
      words={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }} />
  );
}
