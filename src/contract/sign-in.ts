// Signing in: with a password, a second factor (TOTP or a backup code), single sign-on, and
// choosing a new password through a link. The answer to each is SessionCreated (people.ts).
import { z } from "@hono/zod-openapi";

export const SessionInput = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) }).openapi("SessionInput");
export const TwoFactorChallenge = z.object({
  twoFactorRequired: z.literal(true),
  challenge: z.string().openapi({ description: "Send back with the code to POST /two-factor-verifications (browsers also get it as a cookie)" }),
}).openapi("TwoFactorChallenge");

/** A signed cookie value, URL-encoded: nothing that could end the cookie or start another. */
export const CHALLENGE = /^[\w.%~-]{1,500}$/;
export const BACKUP_CODE = /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/;
const Code = z.string().regex(/^\d{6}$/).openapi({ description: "The six digits the authenticator app shows", example: "123456" });
export const EnrolmentInput = z.object({ password: z.string().min(1).max(200) }).openapi("TwoFactorEnrolmentInput");
export const Enrolment = z.object({
  totpUri: z.string().openapi({ description: "otpauth:// URI for the authenticator app (show as QR code)" }),
  secret: z.string().openapi({ description: "The same key in base32, to type in by hand" }),
  backupCodes: z.array(z.string()).openapi({ description: "One-time codes for when the phone is lost; shown once" }),
}).openapi("TwoFactorEnrolment");
export const ConfirmationInput = z.object({ code: Code }).openapi("TwoFactorConfirmationInput");
export const VerificationInput = z.object({
  code: z.union([Code, z.string().regex(BACKUP_CODE)]).openapi({ description: "The six digits from the app, or one backup code (xxxxx-xxxxx), valid once" }),
  challenge: z.string().regex(CHALLENGE).optional().openapi({ description: "From the 202 answer of POST /sessions; browsers may leave it out (cookie)" }),
}).openapi("TwoFactorVerificationInput");

export const SsoProviders = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }).openapi("SsoProviderList");
export const SsoSignInInput = z.object({
  providerId: z.string().max(64),
  returnTo: z.string().max(500).regex(/^\/(?!\/)/).optional().openapi({ description: "A path of this site to go to after signing in (default /stories)" }),
}).openapi("SsoSignInInput");
export const SsoSignIn = z.object({ authorizationUrl: z.string().url().openapi({ description: "Send the browser here" }) }).openapi("SsoSignIn");

export const ResetInput = z.object({ email: z.string().email().max(254) }).openapi("PasswordResetInput");
export const ResetLink = z.object({
  mailed: z.boolean().openapi({ description: "Whether the mail went out; when not (no SMTP set up, or it failed), pass `link` on yourself" }),
  link: z.string().url().optional(),
}).openapi("PasswordResetLink");
export const CompletionInput = z.object({ token: z.string().min(20).max(100), password: z.string().min(10).max(200) }).openapi("PasswordResetCompletionInput");

export type SessionInput = z.input<typeof SessionInput>;
export type TwoFactorChallenge = z.infer<typeof TwoFactorChallenge>;
export type Enrolment = z.infer<typeof Enrolment>;
export type SsoProviders = z.infer<typeof SsoProviders>;
export type SsoSignIn = z.infer<typeof SsoSignIn>;
export type ResetLink = z.infer<typeof ResetLink>;
