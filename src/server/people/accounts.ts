// Creating people and organizations through better-auth, so passwords are hashed and sessions
// issued by the library.
import { APIError } from "better-auth/api";
import { count, eq } from "drizzle-orm";
import { newPseudonymKey } from "../../core/pseudonym.ts";
import type { Db } from "../../db/client.ts";
import { organizationSettings, teamMember, user } from "../../db/schema/index.ts";
import type { Auth } from "../auth.ts";
import type { Role } from "../policy.ts";
import { conflict, Problem, unauthorized } from "../problem.ts";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export async function instanceHasUsers(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(user);
  return Number(row?.n ?? 0) > 0;
}

/** Throws 409 when the e-mail address is taken, 400 when better-auth rejects the password. */
export async function createAccount(auth: Auth, db: Db, account: NewAccount): Promise<string> {
  // better-auth answers a sign-up for a known address with a look-alike success (so sign-up cannot
  // be used to find accounts); an admin adding a colleague needs the plain answer.
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, account.email.toLowerCase()));
  if (existing) throw conflict("emailTaken");
  try {
    const result = await auth.api.signUpEmail({ body: { ...account, email: account.email.toLowerCase() } });
    return result.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      if (error.body?.code?.includes("ALREADY_EXISTS")) throw conflict("emailTaken");
      throw new Problem(400, "badRequest", error.message, [{ name: "password", reason: error.message }]);
    }
    throw error;
  }
}

export type SignInResult =
  | { twoFactorRequired: false; token: string; userId: string; headers: Headers }
  | { twoFactorRequired: true; headers: Headers };

/**
 * Checks the password. Without two-factor: the session token with the Set-Cookie headers
 * better-auth made. With it: no session yet, only the challenge cookie (see two-factor.ts).
 */
export async function startSignIn(auth: Auth, email: string, password: string, requestHeaders?: Headers): Promise<SignInResult> {
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email: email.toLowerCase(), password },
      headers: requestHeaders,
      returnHeaders: true,
    });
    if ("twoFactorRedirect" in response) return { twoFactorRequired: true, headers };
    return { twoFactorRequired: false, token: response.token, userId: response.user.id, headers };
  } catch (error) {
    if (error instanceof APIError && (error.statusCode === 401 || error.statusCode === 400)) throw unauthorized("badCredentials");
    throw error;
  }
}

/** Signs in someone who has no second factor yet (a just-created account). */
export async function signIn(auth: Auth, email: string, password: string) {
  const result = await startSignIn(auth, email, password);
  if (result.twoFactorRequired) throw unauthorized("badCredentials");
  return result;
}

function slugFor(name: string): string {
  const base = name.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-").slice(0, 40);
  return `${base || "organisatie"}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createOrganization(auth: Auth, db: Db, name: string, adminUserId: string) {
  const organization = await auth.api.createOrganization({ body: { name, slug: slugFor(name), userId: adminUserId } });
  if (!organization) throw new Error("organization was not created");
  await db.insert(organizationSettings).values({ organizationId: organization.id, pseudonymKey: newPseudonymKey() });
  return { id: organization.id, name: organization.name };
}

export async function markOperator(db: Db, userId: string) {
  await db.update(user).set({ isOperator: true }).where(eq(user.id, userId));
}

export async function addMember(auth: Auth, db: Db, organizationId: string, userId: string, role: Role, teamIds: string[]) {
  const added = await auth.api.addMember({ body: { userId, organizationId, role } });
  if (teamIds.length > 0) await db.insert(teamMember).values(teamIds.map((teamId) => ({ teamId, userId })));
  return added;
}
