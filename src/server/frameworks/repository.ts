// Frameworks are versioned: an edit makes a new version and each story keeps the version it was
// told with. Versions never change once written, so they are cached in memory. Every version is
// written through createFramework or reviseFramework, which remove personal data from its texts
// first: tellers read them (core/privacy/framework-texts.ts).
import { and, eq } from "drizzle-orm";
import { type FrameworkDefinition, frameworkDefinition } from "../../core/framework.ts";
import { redactFrameworkTexts } from "../../core/privacy/framework-texts.ts";
import type { Db } from "../../db/client.ts";
import { framework, frameworkVersion } from "../../db/schema/index.ts";
import { notFound } from "../problem.ts";

export interface StoredFramework extends FrameworkDefinition {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const versionCache = new Map<string, FrameworkDefinition>();

export async function frameworkDefinitionAt(db: Db, organizationId: string, frameworkId: string, version: number) {
  const cacheKey = `${frameworkId}:${version}`;
  const cached = versionCache.get(cacheKey);
  if (cached) return cached;
  const [row] = await db.select({ definition: frameworkVersion.definition }).from(frameworkVersion).where(and(
    eq(frameworkVersion.organizationId, organizationId), eq(frameworkVersion.frameworkId, frameworkId), eq(frameworkVersion.version, version),
  ));
  if (!row) throw notFound();
  const definition = frameworkDefinition.parse(row.definition);
  versionCache.set(cacheKey, definition);
  return definition;
}

export async function findFramework(db: Db, organizationId: string, frameworkId: string): Promise<StoredFramework> {
  const [row] = await db.select().from(framework).where(and(eq(framework.organizationId, organizationId), eq(framework.id, frameworkId)));
  if (!row) throw notFound();
  const definition = await frameworkDefinitionAt(db, organizationId, row.id, row.currentVersion);
  return { ...definition, id: row.id, version: row.currentVersion, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export async function listFrameworks(db: Db, organizationId: string): Promise<StoredFramework[]> {
  const rows = await db.select().from(framework).where(eq(framework.organizationId, organizationId)).orderBy(framework.name);
  return Promise.all(rows.map((row) => findFramework(db, organizationId, row.id)));
}

export async function createFramework(db: Db, organizationId: string, given: FrameworkDefinition) {
  const { definition } = redactFrameworkTexts(given);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(framework)
      .values({ organizationId, name: definition.name, language: definition.language })
      .returning({ id: framework.id });
    await tx.insert(frameworkVersion).values({ organizationId, frameworkId: row!.id, version: 1, definition });
    return row!.id;
  });
}

export async function reviseFramework(db: Db, organizationId: string, frameworkId: string, given: FrameworkDefinition) {
  const { definition } = redactFrameworkTexts(given);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ currentVersion: framework.currentVersion }).from(framework)
      .where(and(eq(framework.organizationId, organizationId), eq(framework.id, frameworkId))).for("update");
    if (!row) throw notFound();
    const version = row.currentVersion + 1;
    await tx.insert(frameworkVersion).values({ organizationId, frameworkId, version, definition });
    await tx.update(framework).set({ name: definition.name, language: definition.language, currentVersion: version, updatedAt: new Date() })
      .where(eq(framework.id, frameworkId));
  });
}
