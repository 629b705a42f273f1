// The demo vertelpunt: the template's framework, a collection marked demo and a few hundred invented
// stories (core/demo), stored through the import path so they are validated and redacted like any
// other. Removing it takes the collection, its stories and its framework in one step.
import { and, eq, ne } from "drizzle-orm";
import { demoStories } from "../../core/demo/generate.ts";
import { frameworkDefinition } from "../../core/framework.ts";
import { sociaalDomeinKlantmanagers } from "../../core/templates/sociaal-domein-klantmanagers.ts";
import type { Db } from "../../db/client.ts";
import { collection, framework } from "../../db/schema/index.ts";
import type { PatternIndex } from "../../index/pattern-index.ts";
import { type CollectionRow, newSlug } from "../collections/repository.ts";
import type { EventBus } from "../events/bus.ts";
import { PROCESS_ID } from "../events/bus.ts";
import { createFramework } from "../frameworks/repository.ts";
import type { Lang } from "../messages.ts";
import type { Caller } from "../policy.ts";
import { conflict, notFound } from "../problem.ts";
import { importStories } from "../stories/import.ts";

interface Deps {
  db: Db;
  patterns: PatternIndex;
  events: EventBus;
}

const names = {
  nl: { framework: "Demo — Sociaal domein — klantmanagers", collection: "Demo: klantmanagers vertellen" },
  en: { framework: "Demo — Social domain — case managers", collection: "Demo: case managers tell" },
};

export async function findDemo(db: Db, organizationId: string): Promise<CollectionRow | undefined> {
  const [row] = await db.select().from(collection).where(and(eq(collection.organizationId, organizationId), eq(collection.demo, true)));
  return row;
}

/** Makes the demo vertelpunt with `count` stories generated from `seed`; one per organization. */
export async function createDemo({ db, patterns, events }: Deps, caller: Caller, lang: Lang, options: { seed?: number; count?: number } = {}): Promise<CollectionRow> {
  if (await findDemo(db, caller.organizationId)) throw conflict("demoExists");
  const definition = frameworkDefinition.parse({ ...sociaalDomeinKlantmanagers, name: names[lang].framework });
  const frameworkId = await createFramework(db, caller.organizationId, definition);
  const [row] = await db.insert(collection).values({
    organizationId: caller.organizationId, frameworkId, name: names[lang].collection, slug: newSlug(),
    audience: "professionals", anonymous: false, demo: true,
  }).returning();
  const entries = demoStories(options).map((value, i) => ({ line: i + 1, value }));
  const result = await importStories(db, row!, entries, caller, lang);
  // The generator makes only valid stories; a rejected one is a bug to hear about, not to hide.
  if (result.rejected.length > 0) throw new Error(`demo story rejected: ${JSON.stringify(result.rejected[0])}`);
  await patterns.reload(result.storyIds);
  await events.publish({ type: "stories.imported", organizationId: caller.organizationId, collectionId: row!.id, data: { count: result.imported, origin: PROCESS_ID } });
  return row!;
}

/** Removes the demo collection, its stories (and all hung on them) and its framework. */
/** The organization's demo collection by its id; 404 for any other id (before any role check, see access.ts). */
export async function findDemoById(db: Db, organizationId: string, collectionId: string): Promise<CollectionRow> {
  const demo = await findDemo(db, organizationId);
  if (!demo || demo.id !== collectionId) throw notFound();
  return demo;
}

export async function removeDemo({ db, patterns, events }: Deps, caller: Caller, demo: CollectionRow): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(collection).where(and(eq(collection.organizationId, caller.organizationId), eq(collection.id, demo.id)));
    const [inUse] = await tx.select({ id: collection.id }).from(collection)
      .where(and(eq(collection.organizationId, caller.organizationId), eq(collection.frameworkId, demo.frameworkId), ne(collection.id, demo.id)));
    if (!inUse) await tx.delete(framework).where(and(eq(framework.organizationId, caller.organizationId), eq(framework.id, demo.frameworkId)));
  });
  await patterns.resyncCollection(demo.id);
  await events.publish({ type: "stories.purged", organizationId: caller.organizationId, collectionId: demo.id, data: {} });
}
