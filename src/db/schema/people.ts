// Links sent by mail to people: an invitation to join an organization and a password reset. Only a
// hash of each link's secret is stored, so a leaked database holds no usable links; each works once
// and expires.
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "./auth.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const memberInvitation = pgTable("member_invitation", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  email: text("email").notNull(),
  role: text("role").notNull(),
  /** The language of the mail and of the page the link opens ("nl" or "en"). */
  lang: text("lang").notNull(),
  inviterUserId: uuid("inviter_user_id"),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: ts("expires_at").notNull(),
  acceptedAt: ts("accepted_at"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("member_invitation_org_idx").on(t.organizationId)]);

export const passwordReset = pgTable("password_reset", {
  id: uuid("id").primaryKey().defaultRandom(),
  // A user is instance-wide; the reset is too (the audit entry names the organization).
  userId: uuid("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: ts("expires_at").notNull(),
  usedAt: ts("used_at"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("password_reset_user_idx").on(t.userId)]);
