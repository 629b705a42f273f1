// Vertelpunt's own tables. Every one carries organization_id so that an organization's rows can be
// scoped, moved to their own server, or distributed by Citus on that column.
import { sql } from "drizzle-orm";
import {
  boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { organization, user } from "./auth.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const xid8 = customType<{ data: string }>({ dataType: () => "xid8" });
const orgRef = () =>
  uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" });

export const organizationSettings = pgTable("organization_settings", {
  organizationId: uuid("organization_id").primaryKey().references(() => organization.id, { onDelete: "cascade" }),
  // Key for the HMAC pseudonyms of client references; never leaves the server.
  pseudonymKey: text("pseudonym_key").notNull(),
  smallCellK: integer("small_cell_k").notNull().default(5),
  /** Whether the sector view may show the organization's name to other members (issue 15); off until an admin allows it. */
  sectorShowName: boolean("sector_show_name").notNull().default(false),
  themeStylesheet: text("theme_stylesheet"),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const apiToken = pgTable("api_token", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  userId: uuid("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  // SHA-256 of the token: a leaked database does not leak usable tokens.
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: ts("created_at").notNull().defaultNow(),
  // What the token may do, never more than its owner's role (core/token-scope.ts); null on
  // tokens made before scopes existed, which act as their owner.
  scope: text("scope"),
  // Tokens made before expiries existed have none; every new one has.
  expiresAt: ts("expires_at"),
  revokedAt: ts("revoked_at"),
  lastUsedAt: ts("last_used_at"),
});

export const framework = pgTable("framework", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  name: text("name").notNull(),
  language: text("language").notNull(),
  currentVersion: integer("current_version").notNull().default(1),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
}, (t) => [index("framework_org_idx").on(t.organizationId)]);

export const frameworkVersion = pgTable("framework_version", {
  organizationId: orgRef(),
  frameworkId: uuid("framework_id").notNull().references(() => framework.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  definition: jsonb("definition").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.frameworkId, t.version] })]);

export const collection = pgTable("collection", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  frameworkId: uuid("framework_id").notNull().references(() => framework.id),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  audience: text("audience").notNull(),
  anonymous: boolean("anonymous").notNull(),
  opensAt: ts("opens_at"),
  closesAt: ts("closes_at"),
  teamId: uuid("team_id"),
  /** Stories older than this (by the day they were told) are purged automatically; null keeps them. */
  retentionMonths: integer("retention_months"),
  /** Generated example stories to show how Vertelpunt works; marked on every screen and removable in one step. */
  demo: boolean("demo").notNull().default(false),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("collection_org_idx").on(t.organizationId)]);

export const story = pgTable("story", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  collectionId: uuid("collection_id").notNull().references(() => collection.id, { onDelete: "cascade" }),
  frameworkId: uuid("framework_id").notNull(),
  frameworkVersion: integer("framework_version").notNull(),
  title: text("title"),
  text: text("text").notNull(),
  language: text("language").notNull(),
  promptId: text("prompt_id"),
  answers: jsonb("answers").notNull(),
  channel: text("channel").notNull(),
  subjectPseudonym: text("subject_pseudonym"),
  tellerUserId: uuid("teller_user_id"),
  teamId: uuid("team_id"),
  consentResearch: boolean("consent_research").notNull(),
  consentQuoting: boolean("consent_quoting").notNull().default(false),
  /** The teller agreed that the story, without personal data, may be shared with the sector (issue 15). */
  consentSector: boolean("consent_sector").notNull().default(false),
  consentRecordedBy: uuid("consent_recorded_by"),
  toldAt: ts("told_at").notNull().defaultNow(),
  createdAt: ts("created_at").notNull().defaultNow(),
  /** The story's own words (title and text): similar stories and themes read these. */
  searchVector: tsvector("search_vector"),
  /** What colleagues wrote about the story (notes, tags, comments), kept in step by the interpretation route. */
  interpretationVector: tsvector("interpretation_vector"),
  /** What search matches: the story's words and its interpreters' together, so "-word" excludes both. */
  searchAll: tsvector("search_all").generatedAlwaysAs(sql`search_vector || coalesce(interpretation_vector, ''::tsvector)`),
  /** The teller agreed that the voice recording of the story is kept (separate from research consent). */
  consentVoice: boolean("consent_voice").notNull().default(false),
  /** Who wrote the transcript that is (part of) the text: "service" (transcription service) or "colleague"; null when typed. */
  transcriptSource: text("transcript_source"),
  /**
   * The transaction that last changed what the column index holds of the story (set by a trigger,
   * migration 0021; null on stories untouched since): a restarted app reads again only the stories
   * its index snapshot has not seen (src/index/snapshot/).
   */
  changedXid: xid8("changed_xid").default(sql`pg_current_xact_id()`),
}, (t) => [
  // Newest first by the day told, as every list pages (told_at desc, id desc): a search for a common
  // word walks this index and stops after one page instead of sorting every match, and a period is
  // a range of it rather than a filter over every later story.
  index("story_org_collection_told_idx").on(t.organizationId, t.collectionId, t.toldAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  index("story_org_told_idx").on(t.organizationId, t.toldAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  index("story_org_subject_idx").on(t.organizationId, t.subjectPseudonym),
  index("story_search_all_idx").using("gin", t.searchAll),
  index("story_changed_xid_idx").on(t.changedXid),
]);

/**
 * Stories deleted (erased, purged, their collection or organization removed), written by a trigger
 * (0021), so a restarted index drops them too. Kept 30 days (index/snapshot/position.ts).
 */
export const storyRemoval = pgTable("story_removal", {
  // No reference: the organization may be the thing that was deleted.
  organizationId: uuid("organization_id"),
  /** Null when the whole story table was emptied (truncate): every snapshot is then void. */
  storyId: uuid("story_id"),
  xid: xid8("xid").notNull().default(sql`pg_current_xact_id()`),
  removedAt: ts("removed_at").notNull().defaultNow(),
}, (t) => [index("story_removal_xid_idx").on(t.xid)]);

export const idempotencyKey = pgTable("idempotency_key", {
  organizationId: orgRef(),
  key: text("key").notNull(),
  storyId: uuid("story_id").notNull().references(() => story.id, { onDelete: "cascade" }),
  createdAt: ts("created_at").notNull().default(sql`now()`),
  // SHA-256 of the request a client's key was first used with: the same key with another body is refused.
  requestHash: text("request_hash"),
  // A client's key is forgotten after a day; an import's key (null) never is.
  expiresAt: ts("expires_at"),
}, (t) => [primaryKey({ columns: [t.organizationId, t.key] })]);

/** Instance-wide settings (not tenant data), such as the signing secret shared by all app processes. */
export const instanceSetting = pgTable("instance_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** A colleague's reading of a story: answers to interpretation signifiers, codes, tags, a note, annotations. */
export const interpretation = pgTable("interpretation", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  storyId: uuid("story_id").notNull().references(() => story.id, { onDelete: "cascade" }),
  collectionId: uuid("collection_id").notNull(),
  interpreterUserId: uuid("interpreter_user_id").notNull(),
  answers: jsonb("answers").notNull(),
  tags: jsonb("tags").notNull(),
  note: text("note"),
  annotations: jsonb("annotations").notNull(),
  sessionId: uuid("session_id"),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
}, (t) => [
  index("interpretation_story_idx").on(t.organizationId, t.storyId),
  // One reading per colleague per story: a second save changes the first.
  uniqueIndex("interpretation_one_per_interpreter_idx").on(t.organizationId, t.storyId, t.interpreterUserId),
  index("interpretation_collection_idx").on(t.organizationId, t.collectionId),
]);

/** Who read which story in full, and who exported what: kept for the organization's admins. */
export const auditEvent = pgTable("audit_event", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  actorUserId: uuid("actor_user_id"),
  action: text("action").notNull(),
  subjectType: text("subject_type").notNull(),
  subjectId: text("subject_id"),
  detail: jsonb("detail"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("audit_event_org_created_idx").on(t.organizationId, t.createdAt.desc())]);

/** What was done with a story ("wat er met je verhaal gebeurde"): an action taken or a response. */
export const followUp = pgTable("follow_up", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  storyId: uuid("story_id").notNull().references(() => story.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  text: text("text").notNull(),
  createdBy: uuid("created_by"),
  /** Set when the action was agreed in an intervisie session. */
  sessionId: uuid("session_id"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("follow_up_story_idx").on(t.organizationId, t.storyId)]);

/**
 * A story's voice recording. The audio itself lives in the recording store (a directory under the
 * data directory, or S3-compatible storage); this row says where and what. When the story is erased
 * the row loses its story (set null) and the recording sweep removes the audio, whichever way the
 * story went (erasure, withdrawal, retention, a removed collection).
 */
export const storyRecording = pgTable("story_recording", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  storyId: uuid("story_id").references(() => story.id, { onDelete: "set null" }),
  /** The upload's id in the recording store (tus), which is also its storage key. */
  storageKey: text("storage_key").notNull().unique(),
  mimeType: text("mime_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  /** As the recorder measured it, in seconds (the server does not decode the audio). */
  durationSeconds: integer("duration_seconds"),
  consentKeep: boolean("consent_keep").notNull(),
  completedAt: ts("completed_at"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [
  uniqueIndex("story_recording_one_per_story_idx").on(t.organizationId, t.storyId),
]);
