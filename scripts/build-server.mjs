// `npm run build:server`: the server as plain JavaScript in dist/server, so `npm start` does not
// compile some 400 TypeScript files through tsx at every start (measured at 1M stories: first
// dashboard 3.9 s after start built, 5.4 s from the sources; README "Scale"). `npm run dev` and the
// in-process tests run the sources; the tests that start processes run this build.
// Packages stay in node_modules; only our own code is bundled, with source maps for stack traces.
import { cpSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const serverOut = "dist/server";

export async function buildServer() {
  rmSync(serverOut, { recursive: true, force: true });
  await build({
    // The database thread is its own entry: a worker thread loads it by file (db/pglite-remote.ts).
    entryPoints: { main: "src/cli/main.ts", "pglite-thread": "src/db/pglite-thread.ts" },
    outdir: serverOut,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  });
  // Read at start beside the code that runs them (db/client.ts).
  cpSync("src/db/migrations", `${serverOut}/migrations`, { recursive: true });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
