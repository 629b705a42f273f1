// Vitest global setup: one migrated PGlite template for the whole run, so that each test file's
// fresh in-memory database starts from a copy instead of running initdb and the migrations again;
// one temporary folder for the run; and the built server, fresh, for the tests that start processes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dumpMigratedTemplate } from "../db/client.ts";
import buildServer from "./build-server.ts";

export default async function setup() {
  buildServer();
  const dir = mkdtempSync(join(tmpdir(), "vp-test-run-"));
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await (await dumpMigratedTemplate()).arrayBuffer()));
  process.env.VERTELPUNT_TEST_TEMPLATE = file;
  // Test apps keep their recordings here; it goes at the end of the run (see test-app.ts).
  process.env.VERTELPUNT_TEST_TMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
