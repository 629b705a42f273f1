// The server as `npm start` runs it (scripts/build-server.mjs), built from the sources under test, for
// the tests that start real processes (the global setups of the API and browser tests call it).
// esbuild takes about a second.
import { spawnSync } from "node:child_process";

export default function buildServer(): void {
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error(`building the server failed (${built.status ?? built.signal})`);
}
