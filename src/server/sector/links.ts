// The contributing side: an organization's signing key, its links to sectors (here or on a hub
// elsewhere), adopting a core version into its own framework, and opting collections in.
import { and, eq } from "drizzle-orm";
import { type AdoptionInput, adoptCore, coreMapping, type CoreVersion } from "../../core/sector/core-framework.ts";
import { generateSigningKeys, type SigningKeys } from "../../core/sector/signed-document.ts";
import { frameworkDefinition } from "../../core/framework.ts";
import type { Db } from "../../db/client.ts";
import { collection, coreAdoption, organization, organizationSigningKey, sectorLink, sectorParticipation } from "../../db/schema/index.ts";
import { createFramework, findFramework, reviseFramework } from "../frameworks/repository.ts";
import { forgetFrameworkVersion } from "../stories/tell.ts";
import { badRequest, notFound } from "../problem.ts";
import type { Caller } from "../policy.ts";
import { findSectorFor } from "./hub.ts";
import { type HubClient, hubProblem, hubRequest, httpHub, localHub } from "./hub-client.ts";

export type LinkRow = typeof sectorLink.$inferSelect;

/** The organization's Ed25519 key pair, made on first use. */
export async function signingKeysOf(db: Db, organizationId: string): Promise<SigningKeys> {
  const [row] = await db.select().from(organizationSigningKey).where(eq(organizationSigningKey.organizationId, organizationId));
  if (row) return row;
  const keys = generateSigningKeys();
  await db.insert(organizationSigningKey).values({ organizationId, ...keys }).onConflictDoNothing();
  const [stored] = await db.select().from(organizationSigningKey).where(eq(organizationSigningKey.organizationId, organizationId));
  return stored!;
}

export async function organizationName(db: Db, organizationId: string) {
  const [row] = await db.select({ name: organization.name }).from(organization).where(eq(organization.id, organizationId));
  return row!.name;
}

export async function hubFor(db: Db, link: LinkRow): Promise<HubClient> {
  if (link.hubUrl && link.credential) return httpHub({ hubUrl: link.hubUrl, credential: link.credential });
  const { publicKey } = await signingKeysOf(db, link.organizationId);
  return localHub(db, link.sectorId, { organizationId: link.organizationId, name: await organizationName(db, link.organizationId), publicKey });
}

export type LinkInput = { sectorId: string; hubUrl?: undefined; credential?: undefined } | { hubUrl: string; credential: string; sectorId?: undefined };
export interface Budget { numerator: number; denominator: number }

/**
 * Links the organization to a sector on this instance (it must be a member) or to a hub elsewhere:
 * then the hub tells which sector the credential is for, and gets the organization's public key.
 */
export async function createLink(db: Db, caller: Caller, input: LinkInput, budget: Budget): Promise<LinkRow> {
  let sectorId: string;
  let sectorName: string;
  if (input.hubUrl === undefined) {
    const found = await findSectorFor(db, caller, input.sectorId);
    sectorId = found.id;
    sectorName = found.name;
  } else {
    const target = { hubUrl: input.hubUrl, credential: input.credential };
    const { publicKey } = await signingKeysOf(db, caller.organizationId);
    try {
      const described = await hubRequest(target, "/signing-key", { method: "PUT", json: { publicKey } });
      sectorId = described.sectorId;
      sectorName = described.sectorName;
    } catch (error) {
      throw hubProblem(error);
    }
  }
  const [row] = await db.insert(sectorLink).values({
    organizationId: caller.organizationId, hubUrl: input.hubUrl ?? null, credential: input.credential ?? null, sectorId, sectorName,
    budgetNumerator: budget.numerator, budgetDenominator: budget.denominator,
  }).onConflictDoUpdate({ target: [sectorLink.organizationId, sectorLink.sectorId], set: { hubUrl: input.hubUrl ?? null, credential: input.credential ?? null, budgetNumerator: budget.numerator, budgetDenominator: budget.denominator } })
    .returning();
  return row!;
}

export const listLinks = (db: Db, organizationId: string) => db.select().from(sectorLink).where(eq(sectorLink.organizationId, organizationId)).orderBy(sectorLink.sectorName);

export async function findLink(db: Db, organizationId: string, linkId: string): Promise<LinkRow> {
  const [row] = await db.select().from(sectorLink).where(and(eq(sectorLink.organizationId, organizationId), eq(sectorLink.id, linkId)));
  if (!row) throw notFound();
  return row;
}

/**
 * Adopts a core version: a new framework (or a new version of frameworkId) whose core questions
 * keep their core ids, beside the organization's own. The adoption records which version it was.
 */
export async function adopt(db: Db, link: LinkRow, input: AdoptionInput & { coreVersion?: number; frameworkId?: string; name?: string }) {
  let core: CoreVersion;
  try {
    core = await (await hubFor(db, link)).coreVersion(input.coreVersion);
  } catch (error) {
    throw hubProblem(error);
  }
  const existing = input.frameworkId ? await findFramework(db, link.organizationId, input.frameworkId) : undefined;
  const base = existing ?? { ...core.definition, name: input.name ?? core.definition.name, signifiers: [] };
  const adopted = adoptCore(core, base, input);
  if (!adopted.ok) throw badRequest(adopted.problems);
  let frameworkId: string;
  if (existing) {
    await reviseFramework(db, link.organizationId, existing.id, adopted.definition);
    forgetFrameworkVersion(existing.id);
    frameworkId = existing.id;
  } else {
    frameworkId = await createFramework(db, link.organizationId, adopted.definition);
  }
  const framework = await findFramework(db, link.organizationId, frameworkId);
  await db.insert(coreAdoption).values({
    organizationId: link.organizationId, linkId: link.id, frameworkId, frameworkVersion: framework.version, coreVersion: core.version,
    core: { definition: core.definition, mapping: core.mapping },
  });
  return { framework, coreVersion: core.version, coreQuestionIds: core.definition.signifiers.map((s) => s.id) };
}

/** The adoptions of a framework, oldest first: a story counts under the last one at or before its version. */
export async function adoptionsOf(db: Db, organizationId: string, frameworkId: string) {
  const rows = await db.select().from(coreAdoption).where(and(eq(coreAdoption.organizationId, organizationId), eq(coreAdoption.frameworkId, frameworkId)))
    .orderBy(coreAdoption.frameworkVersion);
  return rows.map((row) => {
    const core = row.core as { definition: unknown; mapping: unknown };
    return { linkId: row.linkId, frameworkVersion: row.frameworkVersion, core: { version: row.coreVersion, definition: frameworkDefinition.parse(core.definition), mapping: coreMapping.parse(core.mapping) } };
  });
}

export async function findCollection(db: Db, organizationId: string, collectionId: string) {
  const [row] = await db.select().from(collection).where(and(eq(collection.organizationId, organizationId), eq(collection.id, collectionId)));
  if (!row) throw notFound();
  return row;
}

export async function setParticipation(db: Db, organizationId: string, collectionId: string, link: LinkRow, epsilon: Budget) {
  await db.insert(sectorParticipation).values({ collectionId, organizationId, linkId: link.id, epsilonNumerator: epsilon.numerator, epsilonDenominator: epsilon.denominator })
    .onConflictDoUpdate({ target: sectorParticipation.collectionId, set: { linkId: link.id, epsilonNumerator: epsilon.numerator, epsilonDenominator: epsilon.denominator } });
}

/** Whether the story form asks for sector consent: only where the collection contributes to a sector. */
export async function sharesWithSector(db: Db, organizationId: string, collectionId: string) {
  return (await participationOf(db, organizationId, collectionId)) !== undefined;
}

export async function participationOf(db: Db, organizationId: string, collectionId: string) {
  const [row] = await db.select().from(sectorParticipation).where(and(eq(sectorParticipation.organizationId, organizationId), eq(sectorParticipation.collectionId, collectionId)));
  return row;
}
