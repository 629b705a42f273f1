// A round's period as people pick it (first and last day) and as the API keeps it (startsAt, and
// endsAt exclusive: the first moment after the last day).
import { dayBoundary } from "../toolkit/format.ts";

/** The last day a round takes stories: the day before its exclusive end. */
export const lastDayOf = (endsAt: string) => new Date(Date.parse(endsAt) - 1);

export function periodOf(firstDay: string, lastDay: string) {
  return { startsAt: dayBoundary(firstDay, "start"), endsAt: new Date(Date.parse(dayBoundary(lastDay, "end")) + 1).toISOString() };
}
