// Opening, listing and changing the organization's listening points. The routes check the policy
// first (collection:manage to open or change one; access.ts reaches the one to change).
import { and, eq } from "drizzle-orm";
import { redactedText } from "../../core/privacy/index.ts";
import type { Db } from "../../db/client.ts";
import { collection, framework, team } from "../../db/schema/index.ts";
import type { Caller } from "../policy.ts";
import { badRequest } from "../problem.ts";
import { type CollectionRow, forgetCollection, newSlug } from "./repository.ts";

export interface NewCollection {
  name: string;
  frameworkId: string;
  audience: "professionals" | "clients";
  anonymous: boolean;
  opensAt?: string;
  closesAt?: string;
  teamId?: string;
  retentionMonths?: number;
}

/** undefined leaves a field as it is; null clears it. */
export interface CollectionChange {
  name?: string;
  opensAt?: string | null;
  closesAt?: string | null;
  retentionMonths?: number | null;
}

const toDate = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

export async function createCollection(db: Db, caller: Caller, input: NewCollection): Promise<CollectionRow> {
  const [fw] = await db.select({ id: framework.id }).from(framework)
    .where(and(eq(framework.organizationId, caller.organizationId), eq(framework.id, input.frameworkId)));
  if (!fw) throw badRequest([{ name: "frameworkId", reason: "unknown framework", code: "unknownFramework" }]);
  if (input.teamId) {
    const [t] = await db.select({ id: team.id }).from(team).where(and(eq(team.organizationId, caller.organizationId), eq(team.id, input.teamId)));
    if (!t) throw badRequest([{ name: "teamId", reason: "unknown team", code: "unknownTeam" }]);
  }
  if (input.opensAt && input.closesAt && new Date(input.closesAt) <= new Date(input.opensAt)) {
    throw badRequest([{ name: "closesAt", reason: "closesAt must be after opensAt", code: "closesBeforeOpens" }]);
  }
  const [row] = await db.insert(collection).values({
    organizationId: caller.organizationId, frameworkId: input.frameworkId, name: redactedText(input.name), slug: newSlug(),
    audience: input.audience, anonymous: input.anonymous, opensAt: toDate(input.opensAt), closesAt: toDate(input.closesAt),
    teamId: input.teamId, retentionMonths: input.retentionMonths,
  }).returning();
  return row!;
}

export async function listCollections(db: Db, caller: Caller): Promise<CollectionRow[]> {
  return db.select().from(collection).where(eq(collection.organizationId, caller.organizationId)).orderBy(collection.name);
}

export async function changeCollection(db: Db, caller: Caller, existing: CollectionRow, input: CollectionChange): Promise<CollectionRow> {
  const [row] = await db.update(collection)
    .set({ name: input.name === undefined ? undefined : redactedText(input.name), opensAt: toDate(input.opensAt), closesAt: toDate(input.closesAt), retentionMonths: input.retentionMonths })
    .where(and(eq(collection.organizationId, caller.organizationId), eq(collection.id, existing.id))).returning();
  forgetCollection(row!.slug);
  return row!;
}
