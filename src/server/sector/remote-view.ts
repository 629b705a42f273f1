// The sector view of a sector on a hub elsewhere (topology b). The view lives on the hub; a member of
// a contributing organization reads it through its own instance, which asks the hub over the hub
// protocol with the credential the hub issued. Only the view's parameters (search words without
// personal data) and the organization's small-group threshold leave the instance: no person,
// session or token of the member. A view waits for the hub only briefly, so a hub that is down
// answers the member at once with a clear problem.
import type { z } from "@hono/zod-openapi";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { sectorLink } from "../../db/schema/index.ts";
import { withoutPersonalData } from "../../core/privacy/index.ts";
import type { Caller } from "../policy.ts";
import { notFound, Problem } from "../problem.ts";
import { smallCellKOf } from "../stories/organization-keys.ts";
import { findSectorFor } from "./hub.ts";
import { HubRefused, hubRequest } from "./hub-client.ts";
import type { LinkRow } from "./links.ts";

export const HUB_VIEW_TIMEOUT_MS = 3_000;

type RemoteLink = LinkRow & { hubUrl: string; credential: string };
/** Where a sector's view lives for the caller: on this instance, or on the hub of a link to elsewhere. */
export type SectorPlace = { sector: Awaited<ReturnType<typeof findSectorFor>>; link: null } | { sector: null; link: RemoteLink };

/** The sector on this instance the caller's organization belongs to, else its link to that sector on a hub elsewhere; 404 for neither. */
export async function findSectorPlace(db: Db, caller: Caller, sectorId: string): Promise<SectorPlace> {
  try {
    return { sector: await findSectorFor(db, caller, sectorId), link: null };
  } catch (error) {
    if (!(error instanceof Problem && error.status === 404)) throw error;
  }
  const [link] = await db.select().from(sectorLink)
    .where(and(eq(sectorLink.organizationId, caller.organizationId), eq(sectorLink.sectorId, sectorId), isNotNull(sectorLink.hubUrl), isNotNull(sectorLink.credential)));
  if (!link) throw notFound();
  return { sector: null, link: link as RemoteLink };
}

/** The links of the organization to sectors on hubs elsewhere, listed beside the sectors on this instance. */
export function remoteLinks(db: Db, organizationId: string) {
  return db.select().from(sectorLink).where(and(eq(sectorLink.organizationId, organizationId), isNotNull(sectorLink.hubUrl))).orderBy(sectorLink.sectorName);
}

/** The hub's failure as the member sees it: what the hub cannot find is 404; anything else means the view cannot be had now. */
function viewProblem(error: unknown): Problem {
  if (error instanceof HubRefused && error.status === 404) return notFound();
  return new Problem(503, "sectorUnreachable", "sectorUnreachable");
}

/** One view of the hub (path under /sector-hub), checked against the contract before the member sees it. */
export async function viewFromHub<T extends z.ZodType>(db: Db, caller: Caller, link: RemoteLink, path: string, query: Record<string, string | number | undefined>, schema: T): Promise<z.infer<T>> {
  const params = new URLSearchParams({ smallGroup: String(await smallCellKOf(db, caller.organizationId)) });
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  // A member's search words are the one free text that leaves: without the personal data in them.
  const q = params.get("q");
  if (q !== null) params.set("q", withoutPersonalData(q));
  let answer: unknown;
  try {
    answer = await hubRequest(link, `${path}?${params}`, { timeoutMs: HUB_VIEW_TIMEOUT_MS });
  } catch (error) {
    throw viewProblem(error);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new Problem(502, "sectorUnreachable", "sectorHubAnswerUnreadable");
  return parsed.data;
}
