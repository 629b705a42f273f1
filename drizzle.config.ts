import { defineConfig } from "drizzle-kit";

// Only for `npm run db:generate`; the app runs migrations itself at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./src/db/migrations",
});
