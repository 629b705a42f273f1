// Serves the built React app; unknown non-API paths get index.html so client-side routes work.
// Hashed assets are cached for a year; the page itself is checked every time (no-cache), so a new
// release is picked up at once. The public story form's page arrives with what the form needs:
// its collection as JSON and its code preloaded, so the phone fetches all of it in parallel.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";

/** What Vite's build manifest says about one module. */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The public form's page module, as the manifest names it (relative to src/web). */
const TELL_PAGE = "tell/PublicTellPage.tsx";
export const INLINED_COLLECTION_ID = "vp-public-collection";

/** Every script and stylesheet a module needs, its imports' included, in load order. */
export function chunkFiles(manifest: Record<string, ManifestChunk>, key: string) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const css of chunk.css ?? []) styles.add(css);
  };
  visit(key);
  return { scripts: [...scripts], styles: [...styles] };
}

function readManifest(webRoot: string): Record<string, ManifestChunk> {
  const path = join(webRoot, ".vite", "manifest.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
}

/** JSON that is safe inside a script element: no "</script>" or comment opener can end it. */
const scriptSafe = (json: string) => json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

export function serveWebApp(app: Hono<any>, webRoot: string) {
  const indexHtml = readFileSync(join(webRoot, "index.html"), "utf8");
  const tell = chunkFiles(readManifest(webRoot), TELL_PAGE);
  const tellHead = [
    ...tell.styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...tell.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join("");
  const page = (c: Context, html: string) => {
    c.header("Cache-Control", "no-cache");
    return c.html(html);
  };

  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.get("/", (c) => page(c, indexHtml));
  app.get("/index.html", (c) => page(c, indexHtml));
  app.get("/vertel/:slug", async (c) => {
    // The same answer the form would ask for, through the API itself; when it is not a plain 200
    // (unknown, closed) the form asks again and shows why.
    const answer = await app.request(`/api/v1/public-collections/${encodeURIComponent(c.req.param("slug"))}`, { headers: { "accept-language": c.req.header("accept-language") ?? "nl" } });
    const data = answer.ok ? `<script type="application/json" id="${INLINED_COLLECTION_ID}">${scriptSafe(await answer.text())}</script>` : "";
    return page(c, indexHtml.replace("</head>", `${tellHead}${data}</head>`));
  });
  app.use("/*", serveStatic({ root: webRoot }));
  // A missing chunk is not the page: a browser would keep that for a year under the chunk's name.
  app.get("/assets/*", (c) => c.text("Not found", 404));
  app.get("*", (c) => page(c, indexHtml));
}
