// The personal link of a round invitation: a secret derived from the invitee's id under the
// instance secret, so the reminder repeats the link of the invitation without the link being
// stored; the database holds only its hash, to find the invitee. The secret travels in the
// fragment of the web address, so it reaches no server log.
import { createHash, createHmac } from "node:crypto";

export const inviteeToken = (secret: string, inviteeId: string) =>
  createHmac("sha256", secret).update(`round-invitation:${inviteeId}`).digest("base64url");

export const hashInviteeToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The round's public form, with the personal secret after #uitnodiging=. */
export const inviteeLink = (publicUrl: string, roundSlug: string, token: string) =>
  `${publicUrl.replace(/\/$/, "")}/vertel/${roundSlug}#uitnodiging=${token}`;
