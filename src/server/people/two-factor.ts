// TOTP two-factor sign-in through better-auth's twoFactor plugin. Admins and analysts must enrol
// (the sign-in answer and GET /sessions/current say so, and the web app leads them there); once
// enrolled, every sign-in of that person asks for the code, whatever the role.
// The server enforces it: until an admin or analyst has enrolled, their session (and any API
// token of theirs) reaches only what enrolling needs: GET /sessions/current, the enrolment and
// its confirmation, and signing out; every other signed-in route answers 403 with the problem
// type TWO_FACTOR_ENROLMENT_REQUIRED (problem.ts). Single sign-on is the exception: the
// organization's provider and its own multi-factor sign-in vouch for the person, and a session
// from the provider's callback never asks for Vertelpunt's code (better-auth's twoFactor plugin
// only steps in on password sign-in).
// A pending sign-in is held by better-auth's signed two_factor cookie; API clients get the same
// value as `challenge` and send it back with the code.
import { APIError } from "better-auth/api";
import { BACKUP_CODE, CHALLENGE } from "../../contract/sign-in.ts";
import type { Auth } from "../auth.ts";
import type { Identity } from "../caller.ts";
import type { Role } from "../policy.ts";
import { type Lang, message } from "../messages.ts";
import { badRequest, conflict, Problem, unauthorized } from "../problem.ts";

const TWO_FACTOR_COOKIE = "two_factor";

export const twoFactorRequiredFor = (role: Role) => role === "admin" || role === "analyst";

/**
 * An admin or analyst without two-factor sign-in, signed in with the password alone or calling
 * with an API token: they must enrol before anything else. A session that came through single
 * sign-on is not held back (the provider's own multi-factor sign-in applies instead).
 */
export const mustEnrolFirst = ({ caller, via, twoFactorEnabled }: Identity) =>
  twoFactorRequiredFor(caller.role) && !twoFactorEnabled && via !== "sso";

/** The value of the cookie `name` (any prefix) among Set-Cookie or Cookie headers. */
function cookieValue(cookies: string[], name: string): string | undefined {
  for (const cookie of cookies) {
    for (const pair of cookie.split(";")) {
      const at = pair.indexOf("=");
      if (at > 0 && pair.slice(0, at).trim().endsWith(name) && at < pair.length - 1) return pair.slice(at + 1).trim();
    }
  }
  return undefined;
}

/** The signed challenge better-auth set as a cookie on a sign-in that needs a code. */
export const challengeFrom = (responseHeaders: Headers) => cookieValue(responseHeaders.getSetCookie(), TWO_FACTOR_COOKIE);

/** Request headers carrying only the challenge cookie, so no other session can interfere. */
async function challengeHeaders(auth: Auth, requestHeaders: Headers, challenge: string | undefined): Promise<Headers> {
  const value = challenge ?? cookieValue([requestHeaders.get("cookie") ?? ""], TWO_FACTOR_COOKIE);
  if (!value || !CHALLENGE.test(value)) throw unauthorized("challengeExpired");
  const name = (await auth.$context).createAuthCookie(TWO_FACTOR_COOKIE).name;
  const headers = new Headers({ cookie: `${name}=${value}` });
  for (const keep of ["origin", "user-agent"]) {
    const header = requestHeaders.get(keep);
    if (header) headers.set(keep, header);
  }
  return headers;
}

function codeProblem(error: unknown, signingIn: boolean, lang: Lang): never {
  if (!(error instanceof APIError)) throw error;
  const code = String(error.body?.code ?? "");
  if (code === "INVALID_CODE" || code === "INVALID_BACKUP_CODE") {
    if (signingIn) throw unauthorized("wrongCode");
    throw badRequest([{ name: "code", reason: message("wrongCode", lang), code: "wrongCode" }]);
  }
  if (code === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE" || code === "ACCOUNT_TEMPORARILY_LOCKED") {
    throw new Problem(429, "rateLimited", "tooManyCodes");
  }
  if (code === "INVALID_TWO_FACTOR_COOKIE") throw unauthorized("challengeExpired");
  if (code === "TOTP_NOT_ENABLED") throw conflict("twoFactorNotStarted");
  throw error;
}

/** Starts enrolment: a new TOTP secret (as otpauth URI and base32) and one-time backup codes. */
export async function startEnrolment(auth: Auth, password: string, headers: Headers, lang: Lang) {
  try {
    const result = await auth.api.enableTwoFactor({ body: { password }, headers });
    if (result.method !== "totp" || !result.totpURI) throw new Error("better-auth did not start TOTP");
    const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
    return { totpUri: result.totpURI, secret, backupCodes: result.backupCodes ?? [] };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const code = String(error.body?.code ?? "");
    if (code === "INVALID_PASSWORD") throw badRequest([{ name: "password", reason: message("badCredentials", lang), code: "badPassword" }]);
    if (code === "TOTP_ALREADY_ENABLED") throw conflict("twoFactorAlreadyOn");
    if (error.statusCode === 401) throw unauthorized("sessionNeeded");
    throw error;
  }
}

/**
 * Confirms enrolment with a first code. better-auth then replaces the caller's session with a new
 * one (the old token stops working): the new token is returned, the cookie set in `headers`.
 */
export async function confirmEnrolment(auth: Auth, code: string, headers: Headers, lang: Lang) {
  try {
    const result = await auth.api.verifyTOTP({ body: { code }, headers, returnHeaders: true });
    // The bearer plugin names the replacement session; the answer body still holds the old token.
    const token = result.headers.get("set-auth-token");
    if (!token) throw new Error("better-auth issued no new session");
    return { token, userId: result.response.user.id, headers: result.headers };
  } catch (error) {
    codeProblem(error, false, lang);
  }
}

/**
 * Finishes a sign-in that asked for a code: the challenge from the body or from the cookie; the
 * code from the app, or one of the one-time backup codes.
 */
export async function verifySignIn(auth: Auth, code: string, challenge: string | undefined, requestHeaders: Headers, lang: Lang) {
  const headers = await challengeHeaders(auth, requestHeaders, challenge);
  try {
    const verify = BACKUP_CODE.test(code) ? auth.api.verifyBackupCode : auth.api.verifyTOTP;
    const result = await verify({ body: { code }, headers, returnHeaders: true });
    const { token, user: signedIn } = result.response;
    if (!token) throw new Error("better-auth issued no session");
    return { token, userId: signedIn.id, headers: result.headers };
  } catch (error) {
    codeProblem(error, true, lang);
  }
}
