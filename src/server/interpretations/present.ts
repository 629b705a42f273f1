import { z } from "@hono/zod-openapi";
import type { interpretation } from "../../db/schema/index.ts";
import { isAllowed, type Caller } from "../policy.ts";

export type InterpretationRow = typeof interpretation.$inferSelect;

export const Interpretation = z.object({
  id: z.string().uuid(),
  storyId: z.string().uuid(),
  interpreterName: z.string().nullable().openapi({ description: "Shown to colleagues and up; tellers see readings without names" }),
  mine: z.boolean(),
  answers: z.record(z.string(), z.unknown()),
  tags: z.array(z.string()),
  note: z.string().nullable(),
  annotations: z.array(z.object({ start: z.number().int(), end: z.number().int(), quote: z.string(), comment: z.string().optional(), code: z.string().optional() })),
  sessionId: z.string().uuid().nullable(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }).openapi({ description: "When the colleague last changed this reading" }),
}).openapi("Interpretation");

export function presentInterpretation(row: InterpretationRow, interpreterName: string | null, caller: Caller) {
  return {
    id: row.id,
    storyId: row.storyId,
    interpreterName: isAllowed(caller, "story:read") ? interpreterName : null,
    mine: row.interpreterUserId === caller.userId,
    answers: row.answers as Record<string, unknown>,
    tags: row.tags as string[],
    note: row.note,
    annotations: row.annotations as z.infer<typeof Interpretation>["annotations"],
    sessionId: row.sessionId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
