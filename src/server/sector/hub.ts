// The hub: a sector hosted on this instance. Its coordinating organization publishes core versions
// and issues credentials; contributors' signed documents are checked, stored once, and withdrawn
// on request. Organizations on this instance contribute through the same functions (topology a);
// other instances reach them over HTTP (topology b, routes/sector-hub.ts).
import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, isNull, max } from "drizzle-orm";
import { type CoreMapping, coreMapping, type CoreVersion } from "../../core/sector/core-framework.ts";
import { verifyDocument } from "../../core/sector/signed-document.ts";
import { frameworkDefinition, type FrameworkDefinition } from "../../core/framework.ts";
import { redactFrameworkTexts } from "../../core/privacy/framework-texts.ts";
import { redactedText } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { coreFrameworkVersion, organization, sector, sectorContributor, sectorMember, sectorReceived } from "../../db/schema/index.ts";
import { conflict, forbidden, notFound, Problem, unauthorized } from "../problem.ts";
import type { Caller } from "../policy.ts";

export const CREDENTIAL_PREFIX = "vps_";
const hash = (credential: string) => createHash("sha256").update(credential).digest("hex");

export type SectorRow = typeof sector.$inferSelect;

/** A sector the caller's organization coordinates or belongs to; 404 for any other. */
export async function findSectorFor(db: Db, caller: Caller, sectorId: string): Promise<SectorRow & { coordinating: boolean }> {
  const [row] = await db.select().from(sector).where(eq(sector.id, sectorId));
  if (!row) throw notFound();
  if (row.organizationId === caller.organizationId) return { ...row, coordinating: true };
  const [member] = await db.select().from(sectorMember).where(and(eq(sectorMember.sectorId, sectorId), eq(sectorMember.organizationId, caller.organizationId)));
  if (!member) throw notFound();
  return { ...row, coordinating: false };
}

/** Only the coordinating organization changes a sector. */
export function mustCoordinate(row: { coordinating: boolean }) {
  if (!row.coordinating) throw forbidden();
}

export async function sectorNameOf(db: Db, sectorId: string) {
  const [row] = await db.select({ name: sector.name }).from(sector).where(eq(sector.id, sectorId));
  if (!row) throw notFound();
  return row.name;
}

/** Every member organization reads the sector's name, so it is stored without personal data. */
export async function createSector(db: Db, organizationId: string, name: string) {
  const [row] = await db.insert(sector).values({ organizationId, name: redactedText(name) }).returning();
  await db.insert(sectorMember).values({ sectorId: row!.id, organizationId });
  return row!;
}

export async function listSectors(db: Db, organizationId: string) {
  return db.select({ id: sector.id, name: sector.name, coordinatorId: sector.organizationId, createdAt: sector.createdAt }).from(sector)
    .innerJoin(sectorMember, eq(sectorMember.sectorId, sector.id)).where(eq(sectorMember.organizationId, organizationId)).orderBy(sector.name);
}

export async function addMember(db: Db, row: SectorRow, memberOrganizationId: string) {
  const [exists] = await db.select({ id: organization.id }).from(organization).where(eq(organization.id, memberOrganizationId));
  if (!exists) throw notFound();
  await db.insert(sectorMember).values({ sectorId: row.id, organizationId: memberOrganizationId }).onConflictDoNothing();
}

/** The member organizations on this instance, the coordinator first; only its admins ask (they admitted them). */
export async function membersOf(db: Db, row: SectorRow) {
  const rows = await db.select({ organizationId: organization.id, name: organization.name, joinedAt: sectorMember.createdAt }).from(sectorMember)
    .innerJoin(organization, eq(organization.id, sectorMember.organizationId)).where(eq(sectorMember.sectorId, row.id)).orderBy(asc(sectorMember.createdAt));
  return rows.map((m) => ({ ...m, coordinating: m.organizationId === row.organizationId, joinedAt: m.joinedAt.toISOString() }))
    .sort((a, b) => Number(b.coordinating) - Number(a.coordinating));
}

/** The published core versions, newest first. */
export async function coreVersionsOf(db: Db, sectorId: string) {
  const rows = await db.select().from(coreFrameworkVersion).where(eq(coreFrameworkVersion.sectorId, sectorId)).orderBy(desc(coreFrameworkVersion.version));
  return rows.map((r) => {
    const definition = frameworkDefinition.parse(r.definition);
    return { version: r.version, name: definition.name, questions: definition.signifiers.length, publishedAt: r.publishedAt.toISOString() };
  });
}

/** A new version of the sector's core framework; its texts reach every member's tellers, so without personal data. */
export async function publishCoreVersion(db: Db, row: SectorRow, given: FrameworkDefinition, mapping: CoreMapping): Promise<CoreVersion> {
  const { definition } = redactFrameworkTexts(given);
  return db.transaction(async (tx) => {
    const [latest] = await tx.select({ version: max(coreFrameworkVersion.version) }).from(coreFrameworkVersion).where(eq(coreFrameworkVersion.sectorId, row.id));
    const version = (latest?.version ?? 0) + 1;
    await tx.insert(coreFrameworkVersion).values({ organizationId: row.organizationId, sectorId: row.id, version, definition, mapping });
    return { version, definition, mapping };
  });
}

/** A published core version (the newest without `version`). */
export async function coreVersionOf(db: Db, sectorId: string, version?: number): Promise<CoreVersion> {
  const [row] = await db.select().from(coreFrameworkVersion)
    .where(and(eq(coreFrameworkVersion.sectorId, sectorId), version === undefined ? undefined : eq(coreFrameworkVersion.version, version)))
    .orderBy(desc(coreFrameworkVersion.version)).limit(1);
  if (!row) throw notFound();
  return { version: row.version, definition: frameworkDefinition.parse(row.definition), mapping: coreMapping.parse(row.mapping) };
}

/** A credential for a contributing instance elsewhere; shown once, kept only as a hash. */
export async function issueCredential(db: Db, row: SectorRow, name: string) {
  const credential = `${CREDENTIAL_PREFIX}${randomBytes(32).toString("base64url")}`;
  const [contributor] = await db.insert(sectorContributor)
    .values({ organizationId: row.organizationId, sectorId: row.id, name, credentialHash: hash(credential) }).returning();
  return { id: contributor!.id, name, credential };
}

/** The credentials issued to instances elsewhere (never the credential itself: only its hash is kept). */
export async function credentialsOf(db: Db, row: SectorRow) {
  const rows = await db.select().from(sectorContributor)
    .where(and(eq(sectorContributor.organizationId, row.organizationId), eq(sectorContributor.sectorId, row.id), isNull(sectorContributor.localOrganizationId)))
    .orderBy(desc(sectorContributor.createdAt));
  return rows.map((c) => ({ id: c.id, name: c.name, createdAt: c.createdAt.toISOString(), registered: c.publicKey !== null, revoked: c.credentialHash === null }));
}

/** Revoking forgets the credential's hash: the instance can no longer deliver or withdraw; what it delivered stays in the sector. */
/**
 * A revoked key can no longer deliver, nor withdraw: a teller's later withdrawal could not reach the
 * hub. So what that instance delivered leaves the sector with its key, as when an organization leaves.
 */
export async function revokeCredential(db: Db, row: SectorRow, credentialId: string) {
  await db.transaction(async (tx) => {
    const revoked = await tx.update(sectorContributor).set({ credentialHash: null })
      .where(and(eq(sectorContributor.organizationId, row.organizationId), eq(sectorContributor.sectorId, row.id), eq(sectorContributor.id, credentialId), isNull(sectorContributor.localOrganizationId)))
      .returning({ id: sectorContributor.id });
    if (revoked.length === 0) throw notFound();
    await tx.update(sectorReceived).set({ document: null, withdrawnAt: new Date() })
      .where(and(eq(sectorReceived.organizationId, row.organizationId), eq(sectorReceived.contributorId, credentialId), isNull(sectorReceived.withdrawnAt)));
  });
}

export type Contributor = typeof sectorContributor.$inferSelect;

/** The contributor a hub credential stands for; 401 for an unknown one. */
export async function contributorByCredential(db: Db, authorization: string | undefined): Promise<Contributor> {
  const credential = authorization?.match(/^Bearer\s+(vps_\S+)$/)?.[1];
  if (!credential) throw unauthorized();
  const [row] = await db.select().from(sectorContributor).where(eq(sectorContributor.credentialHash, hash(credential)));
  if (!row) throw unauthorized();
  return row;
}

/** A member organization on this instance contributes as a contributor of its own, keyed with its own public key. */
export async function localContributor(db: Db, sectorId: string, organizationId: string, name: string, publicKey: string): Promise<Contributor> {
  const [found] = await db.select().from(sectorContributor).where(and(eq(sectorContributor.sectorId, sectorId), eq(sectorContributor.localOrganizationId, organizationId)));
  if (found) return found;
  const [owner] = await db.select({ organizationId: sector.organizationId }).from(sector).where(eq(sector.id, sectorId));
  const [row] = await db.insert(sectorContributor).values({ organizationId: owner!.organizationId, sectorId, name, localOrganizationId: organizationId, publicKey }).returning();
  return row!;
}

/** The contributor's public key is set once; a different key later would let a leaked credential rewrite history. */
export async function registerPublicKey(db: Db, contributor: Contributor, publicKey: string) {
  if (contributor.publicKey && contributor.publicKey !== publicKey) throw conflict("sectorKeyFixed");
  await db.update(sectorContributor).set({ publicKey }).where(eq(sectorContributor.id, contributor.id));
}

export interface SignedContribution {
  id: string;
  document: Record<string, unknown> & { kind: "aggregates" | "story"; month: string; sectorId: string };
  signature: string;
}

/**
 * Stores a contribution once. A retry with the same id and signature is answered as the first
 * (nothing doubled); the same id with another document is refused; a withdrawn id stays withdrawn.
 */
export async function receiveContribution(db: Db, contributor: Contributor, contribution: SignedContribution): Promise<"stored" | "known"> {
  if (contribution.document.sectorId !== contributor.sectorId) throw new Problem(422, "sectorSignatureInvalid", "sectorWrongSector");
  if (!contributor.publicKey || !verifyDocument({ document: contribution.document as never, signature: contribution.signature }, contributor.publicKey)) {
    throw new Problem(422, "sectorSignatureInvalid", "sectorSignatureInvalidDetail");
  }
  const inserted = await db.insert(sectorReceived).values({
    organizationId: contributor.organizationId, sectorId: contributor.sectorId, contributorId: contributor.id, contributionId: contribution.id,
    kind: contribution.document.kind, month: contribution.document.month, document: contribution.document, signature: contribution.signature,
  }).onConflictDoNothing().returning({ id: sectorReceived.contributionId });
  if (inserted.length > 0) return "stored";
  const [known] = await db.select({ signature: sectorReceived.signature, withdrawnAt: sectorReceived.withdrawnAt }).from(sectorReceived)
    .where(and(eq(sectorReceived.contributorId, contributor.id), eq(sectorReceived.contributionId, contribution.id)));
  if (known?.withdrawnAt) return "known"; // withdrawn, perhaps before it arrived: acknowledged, never stored again
  if (known?.signature !== contribution.signature) throw new Problem(422, "idempotencyKeyReused", "idempotencyKeyReused");
  return "known";
}

/** Withdraws a contribution: its content is dropped, its id kept so a late retry cannot bring it back. */
export async function withdrawReceived(db: Db, contributor: Contributor, contributionId: string) {
  const updated = await db.update(sectorReceived).set({ document: null, withdrawnAt: new Date() })
    .where(and(eq(sectorReceived.contributorId, contributor.id), eq(sectorReceived.contributionId, contributionId), isNull(sectorReceived.withdrawnAt)))
    .returning({ id: sectorReceived.contributionId });
  if (updated.length === 0) {
    // Withdrawn before it arrived (or twice): remember the id, so the delivery that may still come is refused.
    await db.insert(sectorReceived).values({
      organizationId: contributor.organizationId, sectorId: contributor.sectorId, contributorId: contributor.id, contributionId,
      kind: "withdrawn", month: "", document: null, signature: "", withdrawnAt: new Date(),
    }).onConflictDoNothing();
  }
}
