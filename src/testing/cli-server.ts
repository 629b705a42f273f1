// For a CLI test file: a `vertelpunt start` process on a fresh embedded database in its own temp
// folder, set up with an admin who has two-factor sign-in, started before the file's tests and
// stopped after. The CLI tests run on the embedded database only (the server process is the unit).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { enrolInTwoFactor } from "./spawn-server.ts";
import { testEngine } from "./test-app.ts";
import { type RunningServer, runCli, startServer } from "./test-server.ts";

export interface CliServer {
  server: RunningServer;
  /** The admin's token. */
  token: string;
  /** The file's temp folder, for files to import. */
  dir: string;
  /** `vertelpunt <args> --url … --token …`: its exit code and what it printed. */
  cli(args: string[]): Promise<{ code: number | string; output: string }>;
}

export const cliTestsSkipped = () => testEngine() === "postgres";

export function cliServerPerFile(prefix: string): CliServer {
  const env = { dir: mkdtempSync(join(tmpdir(), `vp-${prefix}-`)) } as CliServer;
  env.cli = async (args) => {
    const run = runCli([...args, "--url", env.server.url, "--token", env.token]);
    return { code: await run.exited, output: run.output() };
  };
  beforeAll(async () => {
    if (cliTestsSkipped()) return;
    env.server = await startServer({ VERTELPUNT_DATA_DIR: join(env.dir, "data") });
    const setup = (await env.server.api("/setup", { method: "POST", json: { organizationName: "Gemeente", name: "Beheer", email: "admin@example.nl", password: "een-lang-wachtwoord" } })).body.token;
    // Admins set up two-factor sign-in before the server lets them do anything else.
    env.token = (await enrolInTwoFactor(env.server.url, setup)).token;
  });
  afterAll(async () => {
    env.server?.child.kill("SIGTERM");
    await env.server?.exited;
    rmSync(env.dir, { recursive: true, force: true });
  });
  return env;
}
