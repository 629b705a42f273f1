// `npm run build:server`: the server as plain JavaScript in dist/server, so `npm start` does not
// compile some 400 TypeScript files through tsx at every start (measured: 3.9 s to listen from
// source against 1.9 s built, see README "Scale"). Development and the tests run the sources.
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
