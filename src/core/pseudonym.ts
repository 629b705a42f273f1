// Client references become keyed pseudonyms: HMAC-SHA256 under a per-organization key. The same
// client gets the same pseudonym within one organization; without the key, pseudonyms of two
// organizations cannot be linked, and the raw reference cannot be recovered.
import { createHmac, randomBytes } from "node:crypto";

export function newPseudonymKey(): string {
  return randomBytes(32).toString("base64");
}

/** Normalises trivial differences (case, spaces) so one client keeps one pseudonym. */
export function pseudonymise(subjectRef: string, organizationKey: string): string {
  const normalised = subjectRef.normalize("NFKC").trim().replace(/\s+/g, "").toUpperCase();
  return createHmac("sha256", Buffer.from(organizationKey, "base64")).update(normalised).digest("base64url");
}
