// The teller's permission to upload the voice recording of the story just told. Public tellers
// have no session, so the answer to telling carries a signed token: the story id and an expiry,
// keyed with the instance secret. Derived from the story (not stored), a retry of the same story
// gets the same token, and a queued offline story still gets a whole day to send its audio.
import { createHmac, timingSafeEqual } from "node:crypto";

export const UPLOAD_TOKEN_HEADER = "Upload-Token";
export const UPLOAD_WINDOW_MS = 24 * 60 * 60_000;
const SIGNATURE_LENGTH = 32;

const signature = (secret: string, storyId: string, expires: number) =>
  createHmac("sha256", secret).update(`recording:${storyId}:${expires}`).digest("base64url").slice(0, SIGNATURE_LENGTH);

export function uploadToken(secret: string, storyId: string, storyCreatedAt: Date): { token: string; expiresAt: Date } {
  const expires = storyCreatedAt.getTime() + UPLOAD_WINDOW_MS;
  return { token: `${storyId}.${expires}.${signature(secret, storyId, expires)}`, expiresAt: new Date(expires) };
}

/** The story id a genuine, unexpired token stands for; undefined otherwise. */
export function storyIdFromUploadToken(secret: string, token: string | null | undefined, now = Date.now()): string | undefined {
  const [storyId, expiresText, given] = (token ?? "").split(".");
  const expires = Number(expiresText);
  if (!storyId || !given || given.length !== SIGNATURE_LENGTH || !Number.isSafeInteger(expires) || expires < now) return undefined;
  const expected = Buffer.from(signature(secret, storyId, expires));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(expected, actual) ? storyId : undefined;
}
