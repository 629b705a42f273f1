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
