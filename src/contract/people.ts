// People: roles, members, teams, invitations and who is signed in (GET /sessions/current).
import { z } from "@hono/zod-openapi";
import { roles } from "../core/roles.ts";
import { dateTime } from "./common.ts";

export const Role = z.enum(roles).openapi("Role");

export const MemberInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().email().max(254),
  password: z.string().min(10).max(200),
  role: Role,
  teamIds: z.array(z.string().uuid()).max(50).optional(),
}).openapi("MemberInput");
export const Member = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  active: z.boolean().openapi({ description: "false: deactivated by an admin; cannot sign in or use tokens" }),
  teamIds: z.array(z.string().uuid()),
  createdAt: dateTime,
}).openapi("Member");
export const MemberAdded = z.object({ id: z.string().uuid(), userId: z.string().uuid(), role: Role });
export const MemberList = z.object({ items: z.array(Member) }).openapi("MemberList");
export const MemberUpdate = z.object({
  role: Role.optional(),
  active: z.boolean().optional().openapi({ description: "false deactivates: sessions and API tokens end at once" }),
}).refine((u) => u.role !== undefined || u.active !== undefined, { message: "role or active" }).openapi("MemberUpdate");

export const TeamInput = z.object({ name: z.string().trim().min(1).max(200) }).openapi("TeamInput");
export const Team = z.object({ id: z.string().uuid(), name: z.string(), createdAt: dateTime }).openapi("Team");

const LangSchema = z.enum(["nl", "en"]);
export const InvitationInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().email().max(254),
  role: Role,
  lang: LangSchema.optional().openapi({ description: "Language of the mail and the page; the caller's language by default" }),
}).openapi("InvitationInput");
export const Invitation = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  expiresAt: dateTime,
}).openapi("Invitation");
export const InvitationCreated = Invitation.extend({
  mailed: z.boolean().openapi({ description: "Whether the mail went out; when not (no SMTP set up, or it failed), pass `link` on yourself" }),
  link: z.string().url().optional(),
}).openapi("InvitationCreated");
const LinkToken = z.string().min(20).max(100);
export const InvitationPreview = z.object({
  organizationName: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  lang: LangSchema,
  twoFactorRequired: z.boolean().openapi({ description: "The role must sign in with two-step verification, set up right after accepting" }),
}).openapi("InvitationPreview");
export const InvitationPreviewInput = z.object({ token: LinkToken }).openapi("InvitationPreviewInput");
export const AcceptanceInput = z.object({ token: LinkToken, password: z.string().min(10).max(200) }).openapi("InvitationAcceptanceInput");

export const Me = z.object({
  userId: z.string().uuid(),
  organizationId: z.string().uuid(),
  role: Role,
  isOperator: z.boolean(),
  teamIds: z.array(z.string().uuid()),
  twoFactorEnabled: z.boolean(),
  twoFactorEnrolmentRequired: z.boolean().openapi({ description: "An admin or analyst without two-factor sign-in yet (not signed in through single sign-on): set it up (POST /two-factor-enrolments); until then other routes answer 403 (code twoFactorEnrolmentRequired)" }),
}).openapi("Me");
export const SessionCreated = z.object({ token: z.string(), me: Me }).openapi("SessionCreated");

export type Role = z.infer<typeof Role>;
export type Member = z.infer<typeof Member>;
export type MemberInput = z.input<typeof MemberInput>;
export type MemberUpdate = z.input<typeof MemberUpdate>;
export type Team = z.infer<typeof Team>;
export type Invitation = z.infer<typeof Invitation>;
export type InvitationInput = z.input<typeof InvitationInput>;
export type InvitationCreated = z.infer<typeof InvitationCreated>;
export type InvitationPreview = z.infer<typeof InvitationPreview>;
export type Me = z.infer<typeof Me>;
export type SessionCreated = z.infer<typeof SessionCreated>;
