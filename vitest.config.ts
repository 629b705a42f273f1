import { defineConfig } from "vitest/config";

// unit: pure code beside its source; api: the HTTP API on a real database (PGlite, or PostgreSQL
// with TEST_DATABASE=postgres); e2e: the built web app in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/core/**/*.test.ts", "src/index/**/*.test.ts", "src/web/**/*.test.{ts,tsx}", "src/testing/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "api", include: ["src/server/**/*.test.ts", "src/db/**/*.test.ts", "src/cli/**/*.test.ts"],
          globalSetup: ["src/testing/global-setup.ts"], testTimeout: 60_000, hookTimeout: 120_000,
        },
      },
      { test: { name: "e2e", include: ["e2e/**/*.test.ts"], globalSetup: ["src/testing/browser-global-setup.ts"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
