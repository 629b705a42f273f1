import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in src/web and is built to dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  // The manifest tells the server which chunks the public form needs, to preload them (server/web.ts).
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
