// The sector: organizations that share a core framework and contribute noisy aggregates and
// consented stories to a hub (issue 15). Every table carries organization_id: on the contributing
// side the contributing organization, on the hub side the sector's coordinating organization.
import { type AnyColumn, sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { searchConfigs } from "../../core/language.ts";
import { organization } from "./auth.ts";
import { collection, framework } from "./vertelpunt.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const orgRef = () => uuid("organization_id").notNull().references(() => organization.id, { onDelete: "cascade" });
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A shared story's text-search configuration: its language's stemmer, 'simple' for others (as the story search). */
const storyConfig = `case coalesce(document ->> 'language', '') ${Object.entries(searchConfigs).map(([language, config]) => `when '${language}' then '${config}'::regconfig`).join(" ")} else 'simple'::regconfig end`;
/** A shared story's title and text as search reads them, in its language. */
const storyWords = `to_tsvector(${storyConfig}, coalesce(document ->> 'title', '') || ' ' || coalesce(document ->> 'text', ''))`;

/**
 * A shared story's pairs of neighbouring words with its month beside them, as ' 2025-12' (no pair
 * starts with a space), as the pairs index keeps them: a phrase search asks one scan of that index
 * for the stories of given months that hold its pairs (server/sector/shared-stories.ts).
 */
export const pairsAndMonth = (pairs: AnyColumn, month: AnyColumn) => sql`(${pairs} || array[' ' || ${month}])`;
export const monthKey = (month: string) => ` ${month}`;

/** A named group of organizations; organization_id is its coordinating organization. */
export const sector = pgTable("sector", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  name: text("name").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("sector_org_idx").on(t.organizationId)]);

/** Organizations on this instance that belong to a sector hosted here. */
export const sectorMember = pgTable("sector_member", {
  sectorId: uuid("sector_id").notNull().references(() => sector.id, { onDelete: "cascade" }),
  organizationId: orgRef(),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sectorId, t.organizationId] })]);

/** A published version of a sector's core framework: never changed once written. */
export const coreFrameworkVersion = pgTable("core_framework_version", {
  organizationId: orgRef(),
  sectorId: uuid("sector_id").notNull().references(() => sector.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  definition: jsonb("definition").notNull(),
  /** This version's question and option ids → the sector's lasting core ids, so versions stay comparable. */
  mapping: jsonb("mapping").notNull(),
  publishedAt: ts("published_at").notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sectorId, t.version] })]);

/** An organization's Ed25519 key pair for signing its contributions; the public key goes to hubs. */
export const organizationSigningKey = pgTable("organization_signing_key", {
  organizationId: uuid("organization_id").primaryKey().references(() => organization.id, { onDelete: "cascade" }),
  privateKey: text("private_key").notNull(),
  publicKey: text("public_key").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** An organization's connection to a sector: on this instance (hub_url null) or on a hub elsewhere. */
export const sectorLink = pgTable("sector_link", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  hubUrl: text("hub_url"),
  /** The sector's id on the hub. */
  sectorId: uuid("sector_id").notNull(),
  sectorName: text("sector_name").notNull(),
  /** The credential the hub issued (remote hubs only). */
  credential: text("credential"),
  budgetNumerator: integer("budget_numerator").notNull(),
  budgetDenominator: integer("budget_denominator").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [uniqueIndex("sector_link_org_sector_idx").on(t.organizationId, t.sectorId)]);

/** A framework version that adopted a core version: which of its questions are core questions. */
export const coreAdoption = pgTable("core_adoption", {
  organizationId: orgRef(),
  linkId: uuid("link_id").notNull().references(() => sectorLink.id, { onDelete: "cascade" }),
  frameworkId: uuid("framework_id").notNull().references(() => framework.id, { onDelete: "cascade" }),
  frameworkVersion: integer("framework_version").notNull(),
  coreVersion: integer("core_version").notNull(),
  /** The core version's definition and mapping, as adopted. */
  core: jsonb("core").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.frameworkId, t.frameworkVersion] })]);

/** A collection's opt-in: it contributes to the link's sector with this ε per monthly release. */
export const sectorParticipation = pgTable("sector_participation", {
  collectionId: uuid("collection_id").primaryKey().references(() => collection.id, { onDelete: "cascade" }),
  organizationId: orgRef(),
  linkId: uuid("link_id").notNull().references(() => sectorLink.id, { onDelete: "cascade" }),
  epsilonNumerator: integer("epsilon_numerator").notNull(),
  epsilonDenominator: integer("epsilon_denominator").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** What an organization contributed: immutable signed documents; also the privacy-budget ledger. */
export const sectorContribution = pgTable("sector_contribution", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  linkId: uuid("link_id").notNull().references(() => sectorLink.id, { onDelete: "cascade" }),
  collectionId: uuid("collection_id").notNull(),
  /** Only here, never sent: which story a story contribution holds, so its withdrawal follows. */
  storyId: uuid("story_id"),
  kind: text("kind").notNull(),
  month: text("month").notNull(),
  version: integer("version").notNull(),
  document: jsonb("document").notNull(),
  signature: text("signature").notNull(),
  epsilonNumerator: integer("epsilon_numerator"),
  epsilonDenominator: integer("epsilon_denominator"),
  createdAt: ts("created_at").notNull().defaultNow(),
  withdrawnAt: ts("withdrawn_at"),
}, (t) => [
  index("sector_contribution_link_idx").on(t.organizationId, t.linkId),
  index("sector_contribution_story_idx").on(t.organizationId, t.storyId),
]);

/** Deliveries and withdrawals still to send to a remote hub, retried until the hub acknowledges. */
export const sectorOutbox = pgTable("sector_outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  linkId: uuid("link_id").notNull().references(() => sectorLink.id, { onDelete: "cascade" }),
  contributionId: uuid("contribution_id").notNull(),
  operation: text("operation").notNull(),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
  deliveredAt: ts("delivered_at"),
  lastError: text("last_error"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("sector_outbox_due_idx").on(t.deliveredAt, t.nextAttemptAt)]);

/** Hub side: who may contribute to a sector hosted here, with the key their documents must verify under. */
export const sectorContributor = pgTable("sector_contributor", {
  id: uuid("id").primaryKey().defaultRandom(),
  organizationId: orgRef(),
  sectorId: uuid("sector_id").notNull().references(() => sector.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** A member organization on this instance (same-instance topology). */
  localOrganizationId: uuid("local_organization_id"),
  /** SHA-256 of the credential issued to a remote instance. */
  credentialHash: text("credential_hash").unique(),
  publicKey: text("public_key"),
  createdAt: ts("created_at").notNull().defaultNow(),
}, (t) => [index("sector_contributor_sector_idx").on(t.organizationId, t.sectorId)]);

/** Hub side: the contributions received. A withdrawn one keeps its id (so a late retry cannot bring it back), not its content. */
export const sectorReceived = pgTable("sector_received", {
  organizationId: orgRef(),
  sectorId: uuid("sector_id").notNull().references(() => sector.id, { onDelete: "cascade" }),
  contributorId: uuid("contributor_id").notNull().references(() => sectorContributor.id, { onDelete: "cascade" }),
  contributionId: uuid("contribution_id").notNull(),
  kind: text("kind").notNull(),
  month: text("month").notNull(),
  document: jsonb("document"),
  signature: text("signature").notNull(),
  receivedAt: ts("received_at").notNull().defaultNow(),
  withdrawnAt: ts("withdrawn_at"),
  /**
   * A shared story's language, kept by PostgreSQL: search filters and ranks on it per row, which
   * reading it out of the document made slow (and left the planner without statistics).
   */
  language: text("language").generatedAlwaysAs(sql.raw("case when kind = 'story' then coalesce(document ->> 'language', '') end")),
  /** A shared story's title and text as search reads them; kept by PostgreSQL, empty once withdrawn. */
  searchVector: tsvector("search_vector").generatedAlwaysAs(sql.raw(`case when kind = 'story' then ${storyWords} end`)),
  /**
   * Every two words that follow each other in the story ("huisbezoek samen"), from the same words
   * (migration 0024). A phrase search finds its candidates by these: by its words alone it had to
   * read back every story holding them to check their order, about a second at a million stories.
   */
  searchPairs: text("search_pairs").array().generatedAlwaysAs(sql.raw(`case when kind = 'story' then adjacent_lexemes(${storyWords}) end`)),
}, (t) => [
  primaryKey({ columns: [t.contributorId, t.contributionId] }),
  index("sector_received_sector_idx").on(t.organizationId, t.sectorId, t.kind, t.month),
  // The shared stories newest first, as the view lists them: a search for a common word walks this
  // index and stops after its window instead of ranking every match.
  index("sector_received_stories_idx").on(t.organizationId, t.sectorId, t.month, t.receivedAt).where(sql`kind = 'story' and withdrawn_at is null`),
  index("sector_received_search_idx").using("gin", t.searchVector),
  index("sector_received_pairs_month_idx").using("gin", pairsAndMonth(t.searchPairs, t.month)),
  // Each contributor's newest document, which says whether members may see its name.
  index("sector_received_latest_idx").on(t.contributorId, t.receivedAt).where(sql`withdrawn_at is null`),
]);
