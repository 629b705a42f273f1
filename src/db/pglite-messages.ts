// What the main thread and the database thread say to each other (pglite-remote.ts, pglite-thread.ts).

export interface QueryRequest {
  op: "query";
  sql: string;
  params: unknown[];
  rowMode?: "array" | "object";
  /** Type OIDs whose values come back as PostgreSQL's text, unparsed (what drizzle asks for dates). */
  rawTypes?: number[];
  /** Runs inside this open transaction; without it, on its own (after any open transaction). */
  tx?: number;
}

export type Request =
  | QueryRequest
  | { op: "begin" }
  | { op: "end"; tx: number; commit: boolean }
  | { op: "sync" }
  | { op: "dump" }
  | { op: "close" };

export type Envelope = Request & { id: number };

/** id 0 answers the start: "ready", or why the database did not open. */
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** An error as it can cross threads: the message and PostgreSQL's fields (code, constraint, …). */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean | null>;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: SerializedError["fields"] = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value as string | number | boolean | null;
  }
  return { name: error.name, message: error.message, fields };
}

/** The error again, on this side, with this side's stack (where the query was made). */
export function deserializeError({ name, message, fields }: SerializedError): Error {
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  return error;
}
