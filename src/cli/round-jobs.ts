// `vertelpunt round-jobs [--now <time>]`: runs the round-invitation jobs once (contact data of closed
// rounds deleted, due reminders sent), as every server process does every 10 minutes. For a cron
// job on PostgreSQL, or the embedded database while no server runs; --now runs them as at another
// moment (a test, or reminders that a stopped server missed).
import { assertDataDirFree } from "../db/data-dir-lock.ts";
import { openDatabase } from "../db/client.ts";
import { instanceSecret } from "../db/instance.ts";
import type { ServerConfig } from "../server/config.ts";
import { createLogger } from "../server/logger.ts";
import { createSmtpMailer } from "../server/mail/mailer.ts";
import { runRoundJobs } from "../server/rounds/round-jobs.ts";
import { CliError } from "./cli-error.ts";

export function nowFrom(args: string[]): Date {
  const at = args.indexOf("--now");
  if (at === -1) return new Date();
  const now = new Date(args[at + 1] ?? "");
  if (Number.isNaN(now.getTime())) throw new CliError("--now needs a date and time, e.g. 2027-03-01T09:00:00Z");
  return now;
}

export async function roundJobsCommand(args: string[], config: ServerConfig): Promise<string> {
  const now = nowFrom(args);
  if (!config.databaseUrl) assertDataDirFree(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const mailer = config.mail ? createSmtpMailer(config.mail) : undefined;
  try {
    const links = { publicUrl: config.publicUrl, secret: await instanceSecret(database.db) };
    const { contactsDeleted, reminded } = await runRoundJobs({ db: database.db, mailer, logger: createLogger(config.logLevel), links }, now);
    return `${contactsDeleted} e-mail addresses of closed rounds deleted, ${reminded} reminders sent${mailer ? "" : " (no SMTP_URL: reminders need mail)"}.`;
  } finally {
    mailer?.close();
    await database.close();
  }
}
