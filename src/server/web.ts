// Serves the built React app; unknown non-API paths get index.html so client-side routes work.
// Hashed assets are cached for a year; the page itself is checked every time (no-cache), so a new
// release is picked up at once. The public story form's page arrives with what the form needs:
// its collection as JSON and its code preloaded, so the phone fetches all of it in parallel. Each
// form is also an installable web app with its own manifest; its service worker (sw.js, built by
// vite-plugin-pwa) keeps the form for offline use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import { chunkFiles, readManifest, TELL_PAGE } from "./web-manifest.ts";

export const INLINED_COLLECTION_ID = "vp-public-collection";

const FORM_SLUG = /^[a-z0-9]{4,40}$/;

/** The web app manifest of one form: installed, it opens that form (in kiosk mode if it was one). */
export function formManifest(slug: string, kiosk: boolean) {
  const form = `/vertel/${slug}`;
  return {
    name: "Vertelpunt", short_name: "Vertelpunt", lang: "nl", id: form, start_url: kiosk ? `${form}?kiosk=1` : form, scope: form,
    display: "standalone", background_color: "#ffffff", theme_color: "#1a4a7a",
    icons: [192, 512].map((size) => ({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" })),
  };
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
    const manifest = `<link rel="manifest" href="/vertel/${c.req.param("slug")}/app.webmanifest${c.req.query("kiosk") === "1" ? "?kiosk=1" : ""}">`;
    return page(c, indexHtml.replace("</head>", `${tellHead}${FORM_SLUG.test(c.req.param("slug")) ? manifest : ""}${data}</head>`));
  });
  app.get("/vertel/:slug/app.webmanifest", (c) => {
    const slug = c.req.param("slug");
    if (!FORM_SLUG.test(slug)) return c.text("Not found", 404);
    c.header("Content-Type", "application/manifest+json");
    c.header("Cache-Control", "no-cache");
    return c.body(JSON.stringify(formManifest(slug, c.req.query("kiosk") === "1")));
  });
  // The service worker is checked for a new release on every visit, like the page.
  app.use("/sw.js", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "no-cache");
  });
  app.use("/*", serveStatic({ root: webRoot }));
  // A missing chunk is not the page: a browser would keep that for a year under the chunk's name.
  app.get("/assets/*", (c) => c.text("Not found", 404));
  app.get("*", (c) => page(c, indexHtml));
}
