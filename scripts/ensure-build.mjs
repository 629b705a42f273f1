// Before `npm start`: build the web app and the server when either is missing or older than its
// sources, so a fresh clone needs nothing but `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildServer, serverOut } from "./build-server.mjs";

function newestChange(dir, skip = "") {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path, skip) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = (built, ...changed) => !existsSync(built) || statSync(built).mtimeMs < Math.max(...changed, statSync("package-lock.json").mtimeMs);

if (stale("dist/web/index.html", newestChange("src/web"), statSync("vite.config.ts").mtimeMs)) {
  console.log("Building the web app (once, takes a moment)…");
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (stale(`${serverOut}/main.mjs`, newestChange("src", "src/web"), statSync("scripts/build-server.mjs").mtimeMs)) {
  console.log("Building the server…");
  await buildServer();
}
