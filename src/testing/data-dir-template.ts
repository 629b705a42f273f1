// One migrated, empty embedded data directory per test run, copied for every server process a test
// starts on PGlite. A server on a copy starts in about 3 s; on an empty directory initdb and the
// migrations take about 14 s more (measured on this 2-core machine), and the browser tests start one
// server per file.
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../db/client.ts";

const TEMPLATE_VARIABLE = "VERTELPUNT_TEST_DATA_TEMPLATE";

/** Makes the template under `root` (a run's temporary folder) and tells this run's workers where it is. */
export async function makeDataDirTemplate(root: string): Promise<string> {
  const dir = join(root, "data-template");
  const database = await openDatabase({ dataDir: dir });
  await database.close();
  process.env[TEMPLATE_VARIABLE] = dir;
  return dir;
}

/**
 * A new data directory under `root`: a copy of the run's template when there is one, else empty (the
 * server then creates the database itself, as on a first `npm start`). The instance's secret and keys
 * are made on first use, so copies share none.
 */
export function freshDataDir(root: string): string {
  const dir = mkdtempSync(join(root, "vp-server-"));
  const template = process.env[TEMPLATE_VARIABLE];
  if (template && existsSync(template)) cpSync(template, dir, { recursive: true });
  return dir;
}
