// An analyst's list of addresses for a listening round, checked before anything is stored: the
// round must take invitations (a public form, not closed) and every line must be usable, each
// unusable one named in the caller's language. Then a preview (dry run) or the invitations.
import { parseInviteeList, type Invitee, type InviteeProblem } from "../../core/rounds/invitee-list.ts";
import type { Db } from "../../db/client.ts";
import { findCollection, openState } from "../collections/repository.ts";
import type { RoundRow } from "../collections/rounds.ts";
import { type Lang, message } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { badRequest, conflict, type InvalidParam } from "../problem.ts";
import { alreadyInvited } from "./invitations.ts";

/** Each unusable line as an invalid parameter "list.<line>", in the caller's language. */
const lineProblems = (problems: InviteeProblem[], lang: Lang): InvalidParam[] => problems.map((p) => ({
  name: `list.${p.line}`, code: p.code,
  reason: message("lineProblem", lang).replace("{line}", String(p.line)).replace("{reason}", message(p.code, lang)),
}));

/** The list's invitees, once the round takes invitations and every line is usable (409 or 400 otherwise). */
export async function checkedInvitees(db: Db, caller: Caller, round: RoundRow, list: string, lang: Lang): Promise<Invitee[]> {
  const collection = await findCollection(db, caller.organizationId, round.collectionId);
  if (!collection.anonymous) throw conflict("roundNeedsPublicForm");
  if (openState({ opensAt: round.startsAt, closesAt: round.endsAt }) === "closed" || openState(collection) === "closed") throw conflict("roundClosedForInvitations");
  const { invitees, problems } = parseInviteeList(list);
  if (problems.length > 0) throw badRequest(lineProblems(problems, lang));
  if (invitees.length === 0) throw badRequest([{ name: "list", code: "emptyInviteeList", reason: message("emptyInviteeList", lang) }]);
  return invitees;
}

/** What sending would do: new addresses (with a client reference) and those invited before. */
export async function previewInvitations(db: Db, caller: Caller, round: RoundRow, invitees: Invitee[], mail: boolean) {
  const earlier = await alreadyInvited(db, caller.organizationId, round.id, invitees.map((i) => i.email));
  const fresh = invitees.filter((i) => !earlier.has(i.email));
  return { invitees: fresh.length, withClientRef: fresh.filter((i) => i.clientRef).length, alreadyInvited: earlier.size, mail };
}
