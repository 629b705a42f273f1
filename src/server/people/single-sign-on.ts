// Single sign-on with the organization's own OpenID Connect provider (Entra ID, Keycloak, …),
// through better-auth's genericOAuth plugin: authorization-code flow with PKCE, ID token checked
// against the provider's keys. An SSO user is linked to an existing Vertelpunt account by e-mail
// address: nobody is created by signing in, so an unknown address is refused and an admin adds
// people (POST /members) before they can use SSO. The provider is trusted to vouch for the e-mail
// addresses of its own users; that is why only an instance's operator configures one.
import type { GenericOAuthConfig } from "better-auth/plugins";

export const SSO_PROVIDER_ID = "oidc";

export interface SsoConfig {
  /** The issuer URL; its /.well-known/openid-configuration is read at start. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The name on the sign-in button, e.g. "Gemeente-account". */
  name: string;
}

/** From VERTELPUNT_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET and _NAME; undefined when not set up. */
export function ssoFromEnv(env: NodeJS.ProcessEnv): SsoConfig | undefined {
  const issuer = env.VERTELPUNT_OIDC_ISSUER;
  if (!issuer) return undefined;
  const clientId = env.VERTELPUNT_OIDC_CLIENT_ID;
  const clientSecret = env.VERTELPUNT_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) throw new Error("VERTELPUNT_OIDC_ISSUER needs VERTELPUNT_OIDC_CLIENT_ID and VERTELPUNT_OIDC_CLIENT_SECRET");
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, name: env.VERTELPUNT_OIDC_NAME ?? "Single sign-on" };
}

/** Where the provider sends people back to; register this address with the provider. */
export const ssoCallbackUrl = (publicUrl: string) => `${publicUrl.replace(/\/$/, "")}/api/v1/sso-callbacks/${SSO_PROVIDER_ID}`;

export function genericOAuthConfig(sso: SsoConfig, publicUrl: string): GenericOAuthConfig {
  return {
    providerId: SSO_PROVIDER_ID,
    name: sso.name,
    discoveryUrl: `${sso.issuer}/.well-known/openid-configuration`,
    clientId: sso.clientId,
    clientSecret: sso.clientSecret,
    scopes: ["openid", "email", "profile"],
    redirectURI: ssoCallbackUrl(publicUrl),
    requireIdTokenVerification: true,
    disableSignUp: true,
  };
}

/** Why a single sign-on did not give a session, from better-auth's error redirect. */
export function ssoRefusal(location: string | null): "unknownMember" | "failed" | undefined {
  if (!location) return "failed";
  const error = new URL(location, "http://x").searchParams.get("error");
  if (!error) return undefined;
  return /sign_?up|user_not_found|unable_to_create_user/i.test(error) ? "unknownMember" : "failed";
}
