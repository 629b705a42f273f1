// Links that go out by mail: an invitation, a password reset an admin makes, one a person asks for.
// What an admin makes stands when mail is not set up or sending fails: the admin then gets the link
// to pass on. A person's own request answers the same whether or not a mail went out.
import type { Db } from "../../db/client.ts";
import { loggableError, type Logger } from "../logger.ts";
import type { MailMessage, Mailer } from "../mail/mailer.ts";
import type { Lang } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { notFound } from "../problem.ts";
import { createInvitation, invitationContext, type NewInvitation } from "./invitations.ts";
import { linkTo } from "./link-tokens.ts";
import { invitationMail, passwordResetMail } from "./mail-texts.ts";
import { createPasswordReset, createPasswordResetForMember } from "./password-resets.ts";

export interface MailDeps {
  db: Db;
  mailer?: Mailer;
  logger: Logger;
  publicUrl: string;
}

/** Sends the mail; false when there is no mailer or sending failed (logged). */
async function send({ mailer, logger }: MailDeps, mail: () => Promise<MailMessage>, what: string): Promise<boolean> {
  if (!mailer) return false;
  try {
    await mailer.send(await mail());
    return true;
  } catch (error) {
    logger.warn({ err: loggableError(error as Error) }, `${what} mail not sent`);
    return false;
  }
}

export async function invite(deps: MailDeps, caller: Caller, input: NewInvitation) {
  const { invitation, token } = await createInvitation(deps.db, caller, input);
  const link = linkTo(deps.publicUrl, "uitnodiging", token);
  const mailed = await send(deps, async () =>
    invitationMail({ to: invitation.email, name: invitation.name, role: input.role, link, lang: input.lang, ...(await invitationContext(deps.db, caller)) }), "invitation");
  return { invitation, mailed, link };
}

/** A reset link for a member, made by an admin; 404 for a deactivated member. */
export async function resetLinkForMember(deps: MailDeps, caller: Caller, memberId: string, lang: Lang) {
  const reset = await createPasswordResetForMember(deps.db, caller.organizationId, memberId);
  if (!reset) throw notFound();
  const link = linkTo(deps.publicUrl, "wachtwoord-herstellen", reset.token);
  const mailed = await send(deps, async () => {
    const { inviterName: admin } = await invitationContext(deps.db, caller);
    return passwordResetMail({ to: reset.person.email, name: reset.person.name, link, lang, admin });
  }, "password reset");
  return { mailed, link };
}

/** A reset link by mail for whoever owns the address, if anyone; not awaited by the route (see there). */
export async function mailResetLink(deps: MailDeps, email: string, lang: Lang) {
  const reset = deps.mailer && (await createPasswordReset(deps.db, email));
  if (!reset) return;
  await send(deps, async () => passwordResetMail({ to: reset.person.email, name: reset.person.name, link: linkTo(deps.publicUrl, "wachtwoord-herstellen", reset.token), lang }), "password reset");
}
