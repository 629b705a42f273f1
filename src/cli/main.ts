#!/usr/bin/env node
// The `vertelpunt` command. The server's code loads lazily: it takes seconds, and a start that is
// refused (data directory in use) or a backup need not wait for it.
import { assertDataDirFree, DataDirInUseError } from "../db/data-dir-lock.ts";
import { configFromEnv } from "../server/config.ts";
import { CliError } from "./cli-error.ts";

const usage = `Usage: vertelpunt <command>

Commands:
  start                     Start the web app and API (PORT, DATABASE_URL, VERTELPUNT_DATA_DIR, PUBLIC_URL)
  backup <file> [--url <server> --token <token>]
                            Back up the embedded database (VERTELPUNT_DATA_DIR) to a .tar.gz file,
                            also while the server runs; --url: a running server elsewhere, with the
                            instance operator's token (VERTELPUNT_TOKEN)
  restore <file> [--force]  Restore such a backup into VERTELPUNT_DATA_DIR; --force replaces a
                            database that is there (its files are moved aside, not deleted)
  import <file> --collection <id> [--format narrafirma|sensemaker|ndjson] [--mapping <mapping.json>] [--dry-run] [--url <server>] [--token <token>]
                            Import stories from NDJSON or a NarraFirma or SenseMaker-style CSV into a
                            running server (VERTELPUNT_URL, VERTELPUNT_TOKEN); --dry-run stores nothing;
                            --mapping: a JSON file {"column number": "target"} as the web screen keeps it
  demo [--seed <n>] [--count <n>] [--remove] [--url <server>] [--token <token>]
                            Make a demo vertelpunt with invented stories on a running server (an admin's
                            token); the same seed makes the same stories; --remove removes it again
  round-jobs [--now <time>] Delete the e-mail addresses of closed listening rounds and send due
                            reminders once, as a running server does every 10 minutes (DATABASE_URL,
                            or the embedded database while no server runs; SMTP_URL, SMTP_FROM)
`;

async function start() {
  const config = configFromEnv();
  if (!config.databaseUrl) assertDataDirFree(config.dataDir);
  const { startServer } = await import("../server/start.ts");
  const server = await startServer(config);
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${config.dataDir}`;
  console.log(`\nVertelpunt is running on ${where}.\nOpen ${config.publicUrl.replace(/:\d+$/, `:${server.port}`)} in your browser.\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}

async function backup(args: string[]) {
  const { dataDir, databaseUrl } = configFromEnv();
  const { backupCommand } = await import("./backup.ts");
  console.log(await backupCommand(args, { dataDir, databaseUrl, token: process.env.VERTELPUNT_TOKEN }));
}

async function restore(args: string[]) {
  const { dataDir, databaseUrl } = configFromEnv();
  const { restoreCommand } = await import("./restore.ts");
  console.log(await restoreCommand(args, { dataDir, databaseUrl }));
}

async function importFile(args: string[]) {
  const { importCommand } = await import("./import.ts");
  console.log(await importCommand(args, { url: process.env.VERTELPUNT_URL ?? configFromEnv().publicUrl, token: process.env.VERTELPUNT_TOKEN }));
}

async function demo(args: string[]) {
  const { demoCommand } = await import("./demo.ts");
  console.log(await demoCommand(args, { url: process.env.VERTELPUNT_URL ?? configFromEnv().publicUrl, token: process.env.VERTELPUNT_TOKEN }));
}

async function roundJobs(args: string[]) {
  const { roundJobsCommand } = await import("./round-jobs.ts");
  console.log(await roundJobsCommand(args, configFromEnv()));
}

const commands: Record<string, (args: string[]) => Promise<void>> = { start, backup, restore, import: importFile, demo, "round-jobs": roundJobs };
const command = commands[process.argv[2] ?? ""];
if (!command) {
  console.log(usage);
  process.exit(process.argv[2] ? 1 : 0);
}
try {
  await command(process.argv.slice(3));
} catch (error) {
  // Expected failures get a plain message and their own exit code; anything else its stack.
  if (error instanceof DataDirInUseError || error instanceof CliError) {
    console.error(`\n${error.message}\n`);
    process.exit(error instanceof DataDirInUseError ? 2 : 1);
  }
  throw error;
}
