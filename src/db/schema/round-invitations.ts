// Personal invitations for a listening round. What the round's response needs (when each person was
// invited, opened the link, told, was reminded) is apart from who they are: the e-mail address and
// the client's pseudonym live in round_contact, which is emptied when the round closes, while the
// counts stay. Neither table is joined to stories: a story told through a link keeps only the
// pseudonym, as any story of a client does.
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.ts";
import { listeningRound } from "./rounds.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const orgRef = () => uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" });
const roundRef = () => uuid("round_id").notNull().references(() => listeningRound.id, { onDelete: "cascade" });

export const roundInvitee = pgTable("round_invitee", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  roundId: roundRef(),
  /** SHA-256 of the link's secret (derived from the invitee id, so a reminder repeats the same link). */
  tokenHash: text("token_hash").notNull().unique(),
  /** The language of the mails ("nl" or "en"). */
  lang: text("lang").notNull(),
  /** When the invitation was mailed, or its link handed to the analyst (no SMTP); null until then. */
  invitedAt: ts("invited_at"),
  openedAt: ts("opened_at"),
  toldAt: ts("told_at"),
  remindedAt: ts("reminded_at"),
  /** Failed sends so far; the job stops trying after a few. */
  failures: integer("failures").notNull().default(0),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("round_invitee_round_idx").on(t.organizationId, t.roundId)]);

export const roundContact = pgTable("round_contact", {
  inviteeId: uuid("invitee_id").primaryKey().references(() => roundInvitee.id, { onDelete: "cascade" }),
  organizationId: orgRef(),
  roundId: roundRef(),
  email: text("email").notNull(),
  /** The client's pseudonym (core/pseudonym.ts) when the list named a client reference; never the reference. */
  subjectPseudonym: text("subject_pseudonym"),
}, (t) => [
  uniqueIndex("round_contact_round_email_idx").on(t.organizationId, t.roundId, t.email),
]);
