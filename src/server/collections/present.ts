// A collection row as the API answers it (contract/collections.ts, Collection): its public link
// under this instance's address, whether it is open now, and dates as ISO text.
import { type CollectionRow, openState, publicUrlOf } from "./repository.ts";

export function presentCollection(row: CollectionRow, baseUrl: string) {
  return {
    id: row.id, name: row.name, frameworkId: row.frameworkId, audience: row.audience as "professionals" | "clients",
    anonymous: row.anonymous, opensAt: row.opensAt?.toISOString() ?? null, closesAt: row.closesAt?.toISOString() ?? null,
    teamId: row.teamId, retentionMonths: row.retentionMonths, slug: row.slug, publicUrl: publicUrlOf(baseUrl, row.slug), state: openState(row),
    demo: row.demo, createdAt: row.createdAt.toISOString(),
  };
}
