// Inviting people to a listening round: each address on the list becomes an invitee (the response
// record) with a contact row beside it (address and, when given, the client's pseudonym), and gets
// a personal link by mail; without SMTP the analyst receives the links to pass on.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Invitee } from "../../core/rounds/invitee-list.ts";
import { pseudonymise } from "../../core/pseudonym.ts";
import type { Db } from "../../db/client.ts";
import { listeningRound, organization, roundContact, roundInvitee } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import type { Logger } from "../logger.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Lang } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { pseudonymKeyOf } from "../stories/organization-keys.ts";
import { hashInviteeToken, inviteeLink, inviteeToken } from "./invitee-links.ts";
import { roundInvitationMail } from "./mail-texts.ts";

// Not collections/rounds.ts's RoundRow: that module closes rounds through round-jobs.ts, which imports this one.
type RoundRow = typeof listeningRound.$inferSelect;

/** What of a failed send may be logged: an SMTP error's message may quote the address, so only its codes. */
export const mailErrorFields = (error: unknown) => {
  const e = error as { name?: string; code?: unknown; responseCode?: unknown };
  return { name: e.name, code: e.code, responseCode: e.responseCode };
};

export interface LinkSettings {
  publicUrl: string;
  secret: string;
}

/** The addresses on the list that this round invited before (they are not invited twice). */
export async function alreadyInvited(db: Db, organizationId: string, roundId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db.select({ email: roundContact.email }).from(roundContact)
    .where(and(eq(roundContact.organizationId, organizationId), eq(roundContact.roundId, roundId), inArray(roundContact.email, emails)));
  return new Set(rows.map((r) => r.email));
}

interface NewInvitee {
  id: string;
  email: string;
  link: string;
}

async function storeInvitees(db: Db, caller: Caller, round: RoundRow, invitees: Invitee[], lang: Lang, links: LinkSettings): Promise<NewInvitee[]> {
  const key = await pseudonymKeyOf(db, caller.organizationId);
  const rows = invitees.map((i) => {
    const id = randomUUID();
    const token = inviteeToken(links.secret, id);
    return { id, token, email: i.email, pseudonym: i.clientRef ? pseudonymise(i.clientRef, key) : null };
  });
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      await tx.insert(roundInvitee).values(chunk.map((r) => ({
        id: r.id, organizationId: caller.organizationId, roundId: round.id, tokenHash: hashInviteeToken(r.token), lang,
      })));
      await tx.insert(roundContact).values(chunk.map((r) => ({
        inviteeId: r.id, organizationId: caller.organizationId, roundId: round.id, email: r.email, subjectPseudonym: r.pseudonym,
      })));
    }
    await audit(tx, caller, "round.invited", "listeningRound", round.id, { invited: rows.length, withClientRef: rows.filter((r) => r.pseudonym).length });
  });
  return rows.map((r) => ({ id: r.id, email: r.email, link: inviteeLink(links.publicUrl, round.slug, r.token) }));
}

export interface InvitationOutcome {
  invited: number;
  mailed: number;
  alreadyInvited: number;
  /** Links to pass on by hand: every one without SMTP, and those whose mail failed. */
  links: { email: string; link: string }[];
}

export interface InvitationDeps {
  db: Db;
  mailer?: Mailer;
  logger: Logger;
  links: LinkSettings;
}

/** Stores the new invitees, mails each their link (one by one) and marks them invited. */
export async function inviteToRound(deps: InvitationDeps, caller: Caller, round: RoundRow, invitees: Invitee[], lang: Lang): Promise<InvitationOutcome> {
  const { db, mailer, logger } = deps;
  const earlier = await alreadyInvited(db, caller.organizationId, round.id, invitees.map((i) => i.email));
  const created = await storeInvitees(db, caller, round, invitees.filter((i) => !earlier.has(i.email)), lang, deps.links);
  const [org] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, caller.organizationId));
  const handedOver: { email: string; link: string }[] = [];
  let mailed = 0;
  for (const invitee of created) {
    try {
      if (!mailer) throw new Error("no SMTP");
      await mailer.send(roundInvitationMail({ to: invitee.email, organizationName: org?.name ?? "", roundName: round.name, link: invitee.link, until: round.endsAt, lang }));
      mailed++;
    } catch (error) {
      if (mailer) logger.warn({ err: mailErrorFields(error) }, "round invitation mail not sent");
      handedOver.push({ email: invitee.email, link: invitee.link });
    }
    // Invited from now on, by mail or through the analyst who passes the link on.
    await db.update(roundInvitee).set({ invitedAt: new Date() })
      .where(and(eq(roundInvitee.organizationId, caller.organizationId), eq(roundInvitee.id, invitee.id)));
  }
  return { invited: created.length, mailed, alreadyInvited: earlier.size, links: handedOver };
}
