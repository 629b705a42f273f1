// Serves the built React app; unknown non-API paths get index.html so client-side routes work.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

export function serveWebApp(app: Hono<any>, webRoot: string) {
  const indexHtml = readFileSync(join(webRoot, "index.html"), "utf8");
  app.use("/assets/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use("/*", serveStatic({ root: webRoot }));
  app.get("*", (c) => c.html(indexHtml));
}
