// Before `npm start`: build the web app when dist/web is missing or older than its sources, so a
// fresh clone needs nothing but `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const built = "dist/web/index.html";

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesChanged = () => Math.max(newestChange("src/web"), statSync("package-lock.json").mtimeMs, statSync("vite.config.ts").mtimeMs);

if (!existsSync(built) || statSync(built).mtimeMs < sourcesChanged()) {
  console.log("Building the web app (once, takes a moment)…");
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
