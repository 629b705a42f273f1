// API tokens (GET/POST /api-tokens, DELETE /api-tokens/{id}): make one, see the list, revoke one.
// The confirmation before revoking looks like the one before erasing a story (stories.css).
import "../stories/stories.css";
import "./api-tokens.css";
import { useState } from "react";
import type { ApiToken, ApiTokenCreated } from "../../contract/api-tokens.ts";
import type { ListOf } from "../../contract/common.ts";
import { Loaded, StatusMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Page } from "../toolkit/Page.tsx";
import { useSession } from "../toolkit/session.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { CreateTokenForm } from "./CreateTokenForm.tsx";
import { tokenMessages } from "./messages.ts";
import { NewTokenSecret } from "./NewTokenSecret.tsx";
import { TokenTable } from "./TokenTable.tsx";

export default function ApiTokensPage() {
  const t = useT(tokenMessages);
  const { me } = useSession();
  const tokens = useResource<ListOf<ApiToken>>("/api-tokens");
  const [created, setCreated] = useState<ApiTokenCreated>();
  const [revoked, setRevoked] = useState<string>();
  if (!me) return null;
  return (
    <Page title={t("title")} intro={<p className="utrecht-paragraph">{t("intro")}</p>}>
      {created && <NewTokenSecret token={created} />}
      <section className="vp-section" aria-labelledby="tokens-heading">
        <h2 className="utrecht-heading-2" id="tokens-heading">{t("listHeading")}</h2>
        <StatusMessage message={revoked} />
        <Loaded resource={tokens}>
          {(data) => (
            <TokenTable tokens={data.items} showOwner={me.role === "admin"} onRevoked={(token) => {
              setRevoked(t("revoked", { name: token.name }));
              if (created?.id === token.id) setCreated(undefined);
              tokens.reload();
            }} />
          )}
        </Loaded>
      </section>
      <section className="vp-section vp-card" aria-labelledby="new-token-heading">
        <h2 className="utrecht-heading-2" id="new-token-heading">{t("createHeading")}</h2>
        <CreateTokenForm role={me.role} onCreated={(token) => {
          setRevoked(undefined);
          setCreated(token);
          tokens.reload();
        }} />
      </section>
    </Page>
  );
}
