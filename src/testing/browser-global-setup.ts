// Vitest global setup of the browser tests: the server built from the sources under test (as
// `npm start` runs it), and one migrated data directory that each file's server starts from a copy of.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import buildServer from "./build-server.ts";
import { makeDataDirTemplate } from "./data-dir-template.ts";

export default async function setup() {
  buildServer();
  const dir = mkdtempSync(join(tmpdir(), "vp-browser-run-"));
  await makeDataDirTemplate(dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
