// Erasure by client (AVG art. 17): the preview of what would go, and the erasure itself.
import { z } from "@hono/zod-openapi";

export const ErasureInput = z.object({
  subjectRef: z.string().trim().min(1).max(200).optional().openapi({ description: "The client's own reference, as given when telling" }),
  subjectPseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
}).refine((v) => Boolean(v.subjectRef) !== Boolean(v.subjectPseudonym), { message: "give subjectRef or subjectPseudonym", path: ["subjectRef"] })
  .openapi("SubjectErasureInput");
export const ErasurePreview = z.object({
  subjectPseudonym: z.string(),
  stories: z.number().int(),
  firstToldAt: z.string().datetime({ offset: true }).nullable(),
  lastToldAt: z.string().datetime({ offset: true }).nullable(),
  collections: z.array(z.object({ id: z.string().uuid(), name: z.string(), stories: z.number().int() })),
}).openapi("SubjectErasurePreview");

export const SubjectErasure = z.object({ erased: z.number().int() }).openapi("SubjectErasure");

export type ErasureInput = z.input<typeof ErasureInput>;
export type ErasurePreview = z.infer<typeof ErasurePreview>;
export type SubjectErasure = z.infer<typeof SubjectErasure>;
