import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { DEFAULT_SMALL_CELL_K } from "../../core/privacy/small-cells.ts";
import { organizationSettings } from "../../db/schema/index.ts";
import { TtlCache } from "../ttl-cache.ts";

// The pseudonym key of an organization never changes, so each process keeps it once read.
const keys = new Map<string, string>();

export async function pseudonymKeyOf(db: Db, organizationId: string): Promise<string> {
  const cached = keys.get(organizationId);
  if (cached) return cached;
  const [row] = await db.select({ key: organizationSettings.pseudonymKey }).from(organizationSettings)
    .where(eq(organizationSettings.organizationId, organizationId));
  if (!row) throw new Error(`organization ${organizationId} has no settings`);
  keys.set(organizationId, row.key);
  return row.key;
}

// The small-group threshold k may change: a change reaches every process within a second.
const smallCellKs = new TtlCache<number>(1000);

/** Below analyst, aggregates hide counts of 1 … k − 1 stories (core/privacy/small-cells.ts). */
export function smallCellKOf(db: Db, organizationId: string): Promise<number> {
  return smallCellKs.get(organizationId, async () => {
    const [row] = await db.select({ k: organizationSettings.smallCellK }).from(organizationSettings).where(eq(organizationSettings.organizationId, organizationId));
    return row?.k ?? DEFAULT_SMALL_CELL_K;
  });
}

/** Changes k: seen by this process at once, by the others within the second. */
export async function setSmallCellK(db: Db, organizationId: string, k: number) {
  await db.update(organizationSettings).set({ smallCellK: k }).where(eq(organizationSettings.organizationId, organizationId));
  smallCellKs.delete(organizationId);
}

/** Whether the organization lets its sectors show its name (contributions carry it: sector/contribute.ts). */
export async function sectorShowNameOf(db: Db, organizationId: string): Promise<boolean> {
  const [row] = await db.select({ show: organizationSettings.sectorShowName }).from(organizationSettings).where(eq(organizationSettings.organizationId, organizationId));
  return row?.show ?? false;
}

export async function setSectorShowName(db: Db, organizationId: string, show: boolean) {
  await db.update(organizationSettings).set({ sectorShowName: show }).where(eq(organizationSettings.organizationId, organizationId));
}
