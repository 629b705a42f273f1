// Shapes every resource shares. The contract modules hold the zod schemas the server validates
// requests with and answers with; the web app imports only their inferred types (`import type`),
// so a renamed field fails the type check of every screen that reads it.
import { z } from "@hono/zod-openapi";

export const dateTime = z.string().datetime({ offset: true });

/** The envelope of every list answer: `{ items: [...] }`. */
export interface ListOf<T> { items: T[] }
