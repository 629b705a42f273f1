// `npm test`: the type check, unit and API tests on PGlite; the API tests again on PostgreSQL when DATABASE_URL is
// set; then the browser tests against the built web app.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

const run = (args, env = {}) => {
  console.log(`\n> ${args.join(" ")}${env.TEST_DATABASE ? ` (TEST_DATABASE=${env.TEST_DATABASE})` : ""}`);
  const result = spawnSync(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// One test file per core. Vitest keeps a core free for itself by default, which on a 2-core machine
// left one of the two idle: its own work here is a small part, and the files wait on their database.
const workers = `--maxWorkers=${availableParallelism()}`;

run(["npx", "tsc", "--noEmit", "-p", "."]); // strict types are checked, not only transpiled, before any test runs
run(["npx", "vitest", "run", workers, "--project", "unit", "--project", "api"], { TEST_DATABASE: "pglite" });
if (process.env.DATABASE_URL) run(["npx", "vitest", "run", workers, "--project", "api"], { TEST_DATABASE: "postgres" });
else console.log("\nDATABASE_URL is not set: the API tests ran on PGlite only.");
run(["npx", "vite", "build", "--logLevel", "warn"]);
run(["npx", "vitest", "run", "--project", "e2e"]);
