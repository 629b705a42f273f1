// better-auth does users, password hashing, sessions and organizations; Vertelpunt's own roles
// (admin, analyst, colleague, teller) live on better-auth's member rows.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { bearer, genericOAuth, organization, twoFactor } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";
import type { Db } from "../db/client.ts";
import * as schema from "../db/schema/index.ts";
import { genericOAuthConfig, SSO_PROVIDER_ID, type SsoConfig } from "./people/single-sign-on.ts";

const accessControl = createAccessControl(defaultStatements);
// Who may manage the organization inside better-auth; Vertelpunt's own policy (policy.ts) governs
// everything else.
const roles = {
  admin: accessControl.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: ["create", "update", "delete"],
    ac: ["create", "read", "update", "delete"],
  }),
  analyst: accessControl.newRole({ ac: ["read"] }),
  colleague: accessControl.newRole({ ac: ["read"] }),
  teller: accessControl.newRole({ ac: ["read"] }),
};

/**
 * How a session began, from the better-auth endpoint that creates it: the password alone, the
 * password and a second factor (signing in, or confirming enrolment, which replaces the session),
 * or single sign-on (the OAuth callback; the provider's own multi-factor sign-in applies there).
 */
export function signInMethodOf(path: string | undefined): SignInMethod {
  if (path?.startsWith("/callback/") || path?.startsWith("/oauth2/callback/")) return "sso";
  if (path?.startsWith("/two-factor/")) return "two-factor";
  return "password";
}

export type SignInMethod = "password" | "two-factor" | "sso";

export interface AuthOptions {
  db: Db;
  baseURL: string;
  secret: string;
  trustedOrigins?: string[];
  rateLimit?: boolean;
  /** The organization's OpenID Connect provider, when single sign-on is set up. */
  sso?: SsoConfig;
}

export function createAuth({ db, baseURL, secret, trustedOrigins = [], rateLimit = true, sso }: AuthOptions) {
  return betterAuth({
    baseURL,
    secret,
    basePath: "/api/auth",
    trustedOrigins: [baseURL, ...trustedOrigins],
    database: drizzleAdapter(db, { provider: "pg", schema }),
    advanced: { database: { generateId: "uuid" } },
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 200, autoSignIn: false },
    user: { additionalFields: { isOperator: { type: "boolean", defaultValue: false, input: false } } },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
      additionalFields: { signInMethod: { type: "string", required: false, input: false } },
    },
    // Every session records how it began; the two-factor rule for admins and analysts depends on it
    // (people/two-factor.ts).
    databaseHooks: {
      session: { create: { before: async (session, context) => ({ data: { ...session, signInMethod: signInMethodOf(context?.path) } }) } },
    },
    // SSO signs in existing accounts only, found by e-mail (see people/single-sign-on.ts); local
    // addresses are not verified by mail, the organization's own provider vouches for them.
    account: { accountLinking: { enabled: true, trustedProviders: [SSO_PROVIDER_ID], requireLocalEmailVerified: false } },
    rateLimit: {
      enabled: rateLimit,
      storage: "memory",
      customRules: { "/sign-in/email": { window: 60, max: 10 } },
    },
    telemetry: { enabled: false },
    plugins: [
      organization({ teams: { enabled: true }, ac: accessControl, roles, creatorRole: "admin" }),
      bearer(),
      // TOTP (authenticator app); required for admins and analysts (see people/two-factor.ts).
      twoFactor({ issuer: "Vertelpunt" }),
      ...(sso ? [genericOAuth({ config: [genericOAuthConfig(sso, baseURL)] })] : []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
