// Signing in with the organization's own account (OpenID Connect), when the instance has a
// provider set up: a button that sends the browser to the provider, and why it came back without
// a session, if it did (/login?ssoError=…).
import { useEffect, useState } from "react";
import type { SsoProviders, SsoSignIn } from "../../contract/sign-in.ts";
import { api } from "../toolkit/api.ts";
import { Alert } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { useSearchParams } from "../toolkit/router.tsx";
import { setupMessages } from "./messages.ts";

/** Only same-site paths, as the staff gate's ?next= handling. */
const safePath = (path: string | null) => (path && path.startsWith("/") && !path.startsWith("//") ? path : undefined);

export function SingleSignOn() {
  const t = useT(setupMessages);
  const params = useSearchParams();
  const [provider, setProvider] = useState<SsoProviders["items"][number]>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api<SsoProviders>("/sso-providers").then((list) => setProvider(list.items[0]), () => setProvider(undefined));
  }, []);
  const error = failed ? "failed" : params.get("ssoError");
  const start = async () => {
    if (!provider) return;
    setBusy(true);
    try {
      const { authorizationUrl } = await api<SsoSignIn>("/sso-sign-ins", {
        method: "POST", json: { providerId: provider.id, returnTo: safePath(params.get("next")) },
      });
      window.location.assign(authorizationUrl);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <>
      {error && <Alert type="error" role="alert">{t(error === "unknownMember" ? "ssoUnknownMember" : "ssoFailed")}</Alert>}
      {provider && (
        <p className="utrecht-paragraph">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={start} disabled={busy}>
            {t("ssoSubmit", { name: provider.name })}
          </button>
        </p>
      )}
    </>
  );
}
