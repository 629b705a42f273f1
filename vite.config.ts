import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { chunkFiles, readManifest, TELL_PAGE } from "./src/server/web-manifest.ts";
import { APP_ASSET, INTERVIEW_API, INTERVIEW_PAGE, OFFLINE_CACHES } from "./src/web/toolkit/offline-caches.ts";
import { pruneTheme, tokenNames } from "./src/web/shell/theme-tokens.ts";

const OUT_DIR = "dist/web";

/**
 * What the service worker keeps ahead (precache): only the public story form's shell — its scripts,
 * styles and the Latin fonts. The staff app is kept only as far as a colleague's interview page used it.
 */
function formShellOnly<Entry extends { url: string }>(entries: Entry[]) {
  const { scripts, styles } = chunkFiles(readManifest(OUT_DIR), TELL_PAGE);
  const shell = new Set([...scripts, ...styles]);
  const keep = (url: string) => shell.has(url) || /^assets\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/.test(url) || url.startsWith("icons/");
  return { manifest: entries.filter((e) => keep(e.url)) };
}

/**
 * The theme with only the tokens the app names (shell/theme-tokens.ts): in its own sources, and in
 * the NL Design System component styles they import. Build only: the dev server keeps the whole theme.
 */
function usedThemeTokensOnly(): Plugin {
  const names = () => {
    const sources = readdirSync("src/web", { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(css|tsx?)$/.test(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"));
    const components = new Set(sources.join("\n").match(/@utrecht\/[\w-]+\/dist\/index\.css/g));
    const used = new Set<string>();
    for (const text of [...sources, ...[...components].map((css) => readFileSync(join("node_modules", css), "utf8"))]) {
      for (const name of tokenNames(text)) used.add(name);
    }
    return used;
  };
  return {
    name: "vertelpunt:used-theme-tokens-only",
    apply: "build",
    enforce: "pre",
    load(id) {
      const file = id.split("?")[0]!;
      if (!file.endsWith("/voorbeeld-design-tokens/dist/theme.css")) return null;
      return pruneTheme(readFileSync(file, "utf8"), names());
    },
  };
}

// The web app lives in src/web and is built to dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  plugins: [
    usedThemeTokensOnly(),
    react(),
    // The story form as an installable app that opens offline (README, "Offline"). The page
    // registers the worker itself (tell/offline.ts), on the public form only; the server writes each
    // form's web app manifest (server/web.ts).
    VitePWA({
      injectRegister: false,
      manifest: false,
      registerType: "autoUpdate",
      workbox: {
        globPatterns: ["assets/*.{js,css,woff2}", "icons/*.png"],
        manifestTransforms: [formShellOnly],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          // The form's page, with its collection and framework inlined: from the network when there
          // is one, else as it was last opened. Staff pages and the API are never answered from here.
          {
            urlPattern: ({ request, url }) => request.mode === "navigate" && /^\/vertel\/[a-z0-9]+$/.test(url.pathname),
            handler: "NetworkFirst",
            options: { cacheName: OFFLINE_CACHES.formPages, networkTimeoutSeconds: 8, expiration: { maxEntries: 20 }, matchOptions: { ignoreVary: true } },
          },
          {
            urlPattern: ({ url }) => /^\/api\/v1\/public-collections\/[a-z0-9]+$/.test(url.pathname),
            method: "GET",
            handler: "NetworkFirst",
            options: { cacheName: OFFLINE_CACHES.formData, networkTimeoutSeconds: 8, expiration: { maxEntries: 20 }, matchOptions: { ignoreVary: true } },
          },
          // Interview mode: answered from the cache only without a connection, and only with what
          // the interview page put there itself (tell/offline.ts), so no other staff page is kept.
          ...[INTERVIEW_PAGE, INTERVIEW_API].map((urlPattern) => ({
            urlPattern,
            method: "GET" as const,
            handler: "NetworkFirst" as const,
            options: { cacheName: OFFLINE_CACHES.interview, matchOptions: { ignoreVary: true }, plugins: [{ cacheWillUpdate: async () => null }] },
          })),
          { urlPattern: APP_ASSET, handler: "CacheFirst", options: { cacheName: OFFLINE_CACHES.assets, expiration: { maxEntries: 200 } } },
        ],
      },
    }),
  ],
  // The manifest tells the server which chunks the public form needs, to preload them (server/web.ts).
  build: { outDir: `../../${OUT_DIR}`, emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
