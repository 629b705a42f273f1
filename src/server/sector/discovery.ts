// Discovery over the sector's combined situation × intervention × outcome table of a period
// (core/sector/discovery.ts): which answers go together more or less often than elsewhere, beyond
// what sampling and the noise could make. Groups below the viewer's small-group threshold stay untested.
import { type CubeRole, discoverInCube } from "../../core/sector/discovery.ts";
import type { SectorDiscovery } from "../../contract/sectors.ts";
import type { Db } from "../../db/client.ts";
import { CUBE, type Period, periodName, questionsOf, type SectorReader, smallGroupOf, within } from "./patterns.ts";
import { type HubSector, sectorReleases } from "./releases.ts";

export async function sectorDiscovery(db: Db, reader: SectorReader, sector: HubSector, period: Period): Promise<SectorDiscovery> {
  const k = await smallGroupOf(db, reader);
  const questions = (await questionsOf(db, sector.id))?.questions ?? [];
  const byRole = new Map(questions.filter((q) => q.role).map((q) => [q.role!, q]));
  const data = await sectorReleases(db, sector);
  const cube = byRole.size === 3 ? data.combined(periodName(period), (r) => within(r.month, period)).get(CUBE) : undefined;
  const found = discoverInCube(cube ?? [], { minGroup: k });
  const answer = ({ role, answer }: { role: CubeRole; answer: string }) => {
    const q = byRole.get(role);
    return { question: q?.question ?? role, answer: q?.cellLabels.get(answer) ?? answer };
  };
  return {
    period: { from: period.from ?? null, to: period.to ?? null }, smallGroup: k, alpha: found.alpha, tested: found.tested, skipped: found.skipped,
    findings: found.findings.map(({ given, then, n, share, otherShare, difference, lower, upper, plusMinus, q }) => ({
      given: answer(given), then: answer(then), n, share, otherShare, difference, lower, upper, plusMinus, q,
    })),
  };
}
