// The secrets in links sent by mail (invitations, password resets): random, shown once in the link,
// stored only as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** The web page a link opens; the secret travels in the fragment, so it reaches no server log. */
export const linkTo = (publicUrl: string, page: "uitnodiging" | "wachtwoord-herstellen", token: string) =>
  `${publicUrl.replace(/\/$/, "")}/${page}#${token}`;
