// What runs beside the routes for round invitations, every few minutes in each app process and on
// demand (tests call runRoundJobs with their own clock, so nothing waits for real time):
// - contact data of rounds that closed (their period, or their collection's, ended), and of
//   invitations older than their collection's retention period, is deleted;
// - one reminder goes to each invitee who did not tell yet, once the round's reminderAfterDays have
//   passed since the invitation. Each reminder is first claimed with a conditional UPDATE, so with
//   several app processes running this job at once every person gets it once.
import { and, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { collection, listeningRound, organization, roundContact, roundInvitee } from "../../db/schema/index.ts";
import { audit } from "../audit.ts";
import { type Logger, loggableError } from "../logger.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Lang } from "../messages.ts";
import { inviteeLink, inviteeToken } from "./invitee-links.ts";
import { type LinkSettings, mailErrorFields } from "./invitations.ts";
import { roundInvitationMail } from "./mail-texts.ts";

/** After this many failed sends a reminder is given up. */
const MAX_FAILURES = 3;

export interface RoundJobDeps {
  db: Db;
  mailer?: Mailer;
  logger: Logger;
  links: LinkSettings;
}

/** Deletes the contact data of closed rounds (and past retention); returns how many addresses went. */
export async function deleteClosedRoundContacts(db: Db, now = new Date()): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const ended = db.select({ id: listeningRound.id }).from(listeningRound)
    .innerJoin(collection, and(eq(collection.organizationId, listeningRound.organizationId), eq(collection.id, listeningRound.collectionId)))
    .where(or(lte(listeningRound.endsAt, now), lte(collection.closesAt, now)));
  const pastRetention = db.select({ id: roundInvitee.id }).from(roundInvitee)
    .innerJoin(listeningRound, eq(listeningRound.id, roundInvitee.roundId))
    .innerJoin(collection, eq(collection.id, listeningRound.collectionId))
    .where(and(isNotNull(collection.retentionMonths), lt(roundInvitee.createdAt, sql`${at} - make_interval(months => ${collection.retentionMonths})`)));
  const gone = await db.delete(roundContact)
    .where(or(inArray(roundContact.roundId, ended), inArray(roundContact.inviteeId, pastRetention)))
    .returning({ organizationId: roundContact.organizationId, roundId: roundContact.roundId });
  const perRound = new Map<string, { organizationId: string; removed: number }>();
  for (const g of gone) perRound.set(g.roundId, { organizationId: g.organizationId, removed: (perRound.get(g.roundId)?.removed ?? 0) + 1 });
  for (const [roundId, { organizationId, removed }] of perRound) {
    await audit(db, { organizationId }, "round.contacts-deleted", "listeningRound", roundId, { removed });
  }
  return gone.length;
}

/** Sends the reminders that are due at `now`; returns how many went out. */
export async function sendDueReminders(deps: RoundJobDeps, now = new Date()): Promise<number> {
  const { db, mailer, logger, links } = deps;
  if (!mailer) return 0;
  const due = await db.select({
    id: roundInvitee.id, organizationId: roundInvitee.organizationId, lang: roundInvitee.lang, email: roundContact.email,
    roundName: listeningRound.name, slug: listeningRound.slug, endsAt: listeningRound.endsAt, organizationName: organization.name,
  }).from(roundInvitee)
    .innerJoin(roundContact, eq(roundContact.inviteeId, roundInvitee.id))
    .innerJoin(listeningRound, and(eq(listeningRound.organizationId, roundInvitee.organizationId), eq(listeningRound.id, roundInvitee.roundId)))
    .innerJoin(organization, eq(organization.id, roundInvitee.organizationId))
    .where(and(
      isNotNull(listeningRound.reminderAfterDays), isNull(roundInvitee.toldAt), isNull(roundInvitee.remindedAt), lt(roundInvitee.failures, MAX_FAILURES),
      lte(roundInvitee.invitedAt, sql`${now.toISOString()}::timestamptz - make_interval(days => ${listeningRound.reminderAfterDays})`),
      lte(listeningRound.startsAt, now), sql`${listeningRound.endsAt} > ${now.toISOString()}::timestamptz`,
    ))
    .limit(500);
  let sent = 0;
  for (const invitee of due) {
    const scope = and(eq(roundInvitee.organizationId, invitee.organizationId), eq(roundInvitee.id, invitee.id));
    const [claimed] = await db.update(roundInvitee).set({ remindedAt: now })
      .where(and(scope, isNull(roundInvitee.remindedAt), isNull(roundInvitee.toldAt))).returning({ id: roundInvitee.id });
    if (!claimed) continue;
    const token = inviteeToken(links.secret, invitee.id);
    try {
      await mailer.send(roundInvitationMail({
        to: invitee.email, organizationName: invitee.organizationName, roundName: invitee.roundName, until: invitee.endsAt,
        link: inviteeLink(links.publicUrl, invitee.slug, token), lang: invitee.lang as Lang,
      }, true));
      sent++;
    } catch (error) {
      logger.warn({ err: mailErrorFields(error) }, "round reminder not sent");
      await db.update(roundInvitee).set({ remindedAt: null, failures: sql`${roundInvitee.failures} + 1` }).where(scope);
    }
  }
  return sent;
}

export async function runRoundJobs(deps: RoundJobDeps, now = new Date()) {
  const contactsDeleted = await deleteClosedRoundContacts(deps.db, now);
  const reminded = await sendDueReminders(deps, now);
  return { contactsDeleted, reminded };
}

/** Runs the jobs now and every `everyMs` in this process; returns the function that stops them. */
export function scheduleRoundJobs(deps: RoundJobDeps, everyMs = 10 * 60_000): () => void {
  const run = () => runRoundJobs(deps).catch((error: Error) => deps.logger.error({ err: loggableError(error) }, "round invitation jobs failed"));
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

