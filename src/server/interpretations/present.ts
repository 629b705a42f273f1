import type { Interpretation } from "../../contract/interpretations.ts";
import type { interpretation } from "../../db/schema/index.ts";
import { isAllowed, type Caller } from "../policy.ts";

export type InterpretationRow = typeof interpretation.$inferSelect;

export function presentInterpretation(row: InterpretationRow, interpreterName: string | null, caller: Caller) {
  return {
    id: row.id,
    storyId: row.storyId,
    interpreterName: isAllowed(caller, "story:read") ? interpreterName : null,
    mine: row.interpreterUserId === caller.userId,
    answers: row.answers as Record<string, unknown>,
    tags: row.tags as string[],
    note: row.note,
    annotations: row.annotations as Interpretation["annotations"],
    sessionId: row.sessionId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
