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
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
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
