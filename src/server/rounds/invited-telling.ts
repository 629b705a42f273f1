// The invited person's side: opening the personal link (counted once, as "opened") and telling a
// story through it, once. Telling claims the invitation with a conditional UPDATE before the story
// is stored, so two tabs or two app processes cannot both tell with one link; a story that is then
// refused (a wrong answer, say) gives the link back for the next try.
import { and, eq, isNull } from "drizzle-orm";
import type { StoryInput } from "../../core/story.ts";
import type { Db } from "../../db/client.ts";
import { listeningRound, roundContact, roundInvitee } from "../../db/schema/index.ts";
import { type CollectionRow, openState, roundForm } from "../collections/repository.ts";
import type { Lang } from "../messages.ts";
import { conflict, notFound } from "../problem.ts";
import type { StoryRow } from "../stories/columns.ts";
import { idempotencyRecord, storedUnder } from "../stories/idempotency.ts";
import { type StoryStore, tellStory } from "../stories/tell.ts";
import { hashInviteeToken } from "./invitee-links.ts";
import { assertMayTell, type LateStory, refusalToTell } from "../collections/form-token.ts";

export type InvitationState = "open" | "notYetOpen" | "closed" | "told";

interface FoundInvitation {
  invitee: typeof roundInvitee.$inferSelect;
  form: CollectionRow;
}

async function findInvitation(db: Db, token: string): Promise<FoundInvitation> {
  const [row] = await db.select({ invitee: roundInvitee, slug: listeningRound.slug }).from(roundInvitee)
    .innerJoin(listeningRound, and(eq(listeningRound.organizationId, roundInvitee.organizationId), eq(listeningRound.id, roundInvitee.roundId)))
    .where(eq(roundInvitee.tokenHash, hashInviteeToken(token)));
  const form = row && (await roundForm(db, row.slug));
  if (!row || !form || !form.anonymous) throw notFound();
  return { invitee: row.invitee, form };
}

const stateOf = ({ invitee, form }: FoundInvitation, now: Date): InvitationState => (invitee.toldAt ? "told" : openState(form, now));

/** Marks the link opened (the first time) and says whether a story can be told with it. */
export async function openInvitation(db: Db, token: string, now = new Date()): Promise<{ slug: string; state: InvitationState }> {
  const found = await findInvitation(db, token);
  if (!found.invitee.openedAt) {
    await db.update(roundInvitee).set({ openedAt: now })
      .where(and(eq(roundInvitee.organizationId, found.invitee.organizationId), eq(roundInvitee.id, found.invitee.id), isNull(roundInvitee.openedAt)));
  }
  return { slug: found.form.slug, state: stateOf(found, now) };
}

export interface InvitedTelling {
  token: string;
  input: StoryInput;
  idempotencyKey?: string;
  lang: Lang;
  /** A story told offline while the round was open may arrive after it closed, with the form's token. */
  late: Omit<LateStory, "now">;
}

export async function tellThroughInvitation(store: StoryStore, request: InvitedTelling): Promise<{ story: StoryRow; replay: boolean }> {
  const { db } = store;
  const found = await findInvitation(db, request.token);
  const { invitee, form } = found;
  const scope = and(eq(roundInvitee.organizationId, invitee.organizationId), eq(roundInvitee.id, invitee.id));
  const now = new Date();
  const [claimed] = refusalToTell(form, { ...request.late, now }) === undefined
    ? await db.update(roundInvitee).set({ toldAt: now, openedAt: invitee.openedAt ?? now }).where(and(scope, isNull(roundInvitee.toldAt))).returning({ id: roundInvitee.id })
    : [];
  if (!claimed) {
    // A retry of the story that used the link gets that story back.
    const key = request.idempotencyKey === undefined ? undefined
      : idempotencyRecord(request.idempotencyKey, { collectionId: form.id }, { input: request.input, channel: "web" });
    const earlier = key && (await storedUnder(db, invitee.organizationId, key));
    if (earlier) return { story: earlier, replay: true };
    throw conflict(stateOf(found, now) === "told" ? "alreadyTold" : "invitationClosed");
  }
  const [contact] = await db.select({ pseudonym: roundContact.subjectPseudonym }).from(roundContact)
    .where(and(eq(roundContact.organizationId, invitee.organizationId), eq(roundContact.inviteeId, invitee.id)));
  try {
    return await tellStory(store, {
      collection: form, input: request.input, channel: "web", idempotencyKey: request.idempotencyKey, lang: request.lang,
      subjectPseudonym: contact?.pseudonym ?? undefined, assertMayTell: (open) => assertMayTell(open, { ...request.late, now }),
    });
  } catch (error) {
    await db.update(roundInvitee).set({ toldAt: null }).where(scope);
    throw error;
  }
}
