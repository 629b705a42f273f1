// Structured logs. Story text, client references and passwords never go into them: request bodies
// are not logged at all, and these paths are redacted should an object carry them by mistake.
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    redact: {
      paths: ["text", "*.text", "subjectRef", "*.subjectRef", "password", "*.password", "req.headers.authorization", "req.headers.cookie"],
      censor: "[redacted]",
    },
  }, destination);
}

/**
 * What of an unexpected error may be logged. A failed query's message (drizzle's "Failed query: …
 * params: …") and stack carry the query's parameters, which hold story text and personal data;
 * database errors can quote values too. So for errors from the database: the SQL without its
 * parameters and the database's error code and names (table, column, constraint), never messages;
 * for the stack, only its frames.
 */
export function loggableError(error: Error): Record<string, unknown> {
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).join("\n");
  const cause = error.cause as { name?: string; code?: unknown; table?: unknown; column?: unknown; constraint?: unknown; routine?: unknown } | undefined;
  const query = (error as { query?: unknown }).query;
  const fromDatabase = typeof query === "string" || ((error as { code?: unknown }).code !== undefined && "severity" in error);
  if (!fromDatabase) return { name: error.name, message: error.message, stack: frames };
  const fields = (e: typeof cause) => e && { name: e.name, code: e.code, table: e.table, column: e.column, constraint: e.constraint, routine: e.routine };
  return { name: error.name, query: typeof query === "string" ? query : undefined, cause: fields(cause), ...fields(error as typeof cause), stack: frames };
}
