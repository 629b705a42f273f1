// A round's response to its personal invitations: how many were invited, opened their link and told,
// in all and per day (UTC). Counts only: no address and no story is named. Below analyst, a count
// of 1 … k − 1 is hidden, with as many other days as it takes that the total minus the days shown
// does not give it back (core/privacy/complementary.ts), each series on its own.
import { and, count, eq } from "drizzle-orm";
import { protect, small } from "../../core/privacy/complementary.ts";
import { type ResponseEvent, responsePerDay } from "../../core/rounds/invitee-list.ts";
import type { Db } from "../../db/client.ts";
import { roundContact, roundInvitee } from "../../db/schema/index.ts";

const series: ResponseEvent[] = ["invited", "opened", "told"];

export interface RoundResponse {
  totals: Record<ResponseEvent | "reminded", number | null>;
  days: { date: string; invited: number | null; opened: number | null; told: number | null }[];
  /** Addresses still kept (0 once the round closed and its contact data was deleted). */
  contactsKept: number;
  suppressed: boolean;
}

export async function roundResponse(db: Db, organizationId: string, roundId: string): Promise<RoundResponse> {
  const rows = await db.select({ invited: roundInvitee.invitedAt, opened: roundInvitee.openedAt, told: roundInvitee.toldAt, reminded: roundInvitee.remindedAt })
    .from(roundInvitee).where(and(eq(roundInvitee.organizationId, organizationId), eq(roundInvitee.roundId, roundId)));
  const [contacts] = await db.select({ n: count() }).from(roundContact)
    .where(and(eq(roundContact.organizationId, organizationId), eq(roundContact.roundId, roundId)));
  const events = rows.flatMap((r) => series.flatMap((kind) => (r[kind] ? [{ kind, at: r[kind]! }] : [])));
  const total = (kind: ResponseEvent | "reminded") => rows.filter((r) => r[kind]).length;
  return {
    totals: { invited: total("invited"), opened: total("opened"), told: total("told"), reminded: total("reminded") },
    days: responsePerDay(events),
    contactsKept: Number(contacts?.n ?? 0),
    suppressed: false,
  };
}

/** The response as a role below analyst may see it. */
export function suppressResponse(r: RoundResponse, k: number): RoundResponse {
  const days: RoundResponse["days"] = r.days.map((d) => ({ ...d }));
  const totals = { ...r.totals };
  for (const kind of series) {
    const values = r.days.map((d) => d[kind] ?? 0);
    const { hidden, exposed } = protect(values, [values.map((_, i) => i)], k);
    hidden.forEach((h, i) => { if (h) days[i]![kind] = null; });
    if (exposed[0] || small(r.totals[kind] ?? 0, k)) totals[kind] = null;
  }
  if (small(r.totals.reminded ?? 0, k)) totals.reminded = null;
  return { ...r, totals, days, suppressed: true };
}
