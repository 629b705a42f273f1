// The installable public form as the server serves it: each form's own web app manifest, linked
// from its page beside the inlined collection (with its form token); the service worker checked on
// every visit; the form's page links the form's styles, never the staff app's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCollection, makeOrganization } from "../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
let root: string;
let slug: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "vp-web-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><html><head><title>Vertelpunt</title></head><body></body></html>");
  writeFileSync(join(root, "sw.js"), "self.addEventListener('fetch', () => {});");
  // A build in miniature: the entry, which imports the form and the staff app only when they are opened.
  mkdirSync(join(root, ".vite"));
  writeFileSync(join(root, ".vite", "manifest.json"), JSON.stringify({
    "index.html": { file: "assets/index-a1.js", isEntry: true, css: ["assets/index-a1.css"], dynamicImports: ["tell/PublicTellPage.tsx", "shell/StaffApp.tsx"] },
    "tell/PublicTellPage.tsx": { file: "assets/PublicTellPage-b2.js", imports: ["index.html", "_fields.js"], css: ["assets/PublicTellPage-b2.css"] },
    "_fields.js": { file: "assets/fields-c3.js", css: ["assets/fields-c3.css"] },
    "shell/StaffApp.tsx": { file: "assets/StaffApp-d4.js", imports: ["index.html", "_fields.js"], css: ["assets/StaffApp-d4.css"] },
  }));
  app = await createTestApp({ webRoot: root });
  const org = await makeOrganization(app);
  slug = (await makeCollection(app, org.adminToken)).collection.slug;
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the installable form", () => {
  it("links its own manifest from the page, beside the collection and its form token", async () => {
    const page = await (await app.request(`/vertel/${slug}?kiosk=1`)).text();
    expect(page).toContain(`<link rel="manifest" href="/vertel/${slug}/app.webmanifest?kiosk=1">`);
    const inlined = JSON.parse(/<script type="application\/json" id="vp-public-collection">(.*?)<\/script>/.exec(page)![1]!);
    expect(inlined.slug).toBe(slug);
    expect(inlined.formToken).toMatch(/^[0-9a-f-]{36}\.[0-9a-z]+\.[\w-]+$/);
  });

  it("serves a manifest that opens that form, in kiosk mode when installed from one", async () => {
    const res = await app.request(`/vertel/${slug}/app.webmanifest?kiosk=1`);
    expect(res.headers.get("content-type")).toBe("application/manifest+json");
    const manifest = await res.json();
    expect(manifest).toMatchObject({ start_url: `/vertel/${slug}?kiosk=1`, scope: `/vertel/${slug}`, display: "standalone" });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(["192x192", "512x512"]);
    expect((await app.request("/vertel/NOT-A-SLUG/app.webmanifest")).status).toBe(404);
  });

  it("links the form's stylesheets and preloads its code, and nothing of the staff app", async () => {
    const page = await (await app.request(`/vertel/${slug}`)).text();
    const linked = (rel: string) => [...page.matchAll(new RegExp(`<link rel="${rel}" crossorigin href="/([^"]+)">`, "g"))].map((m) => m[1]);
    expect(linked("stylesheet")).toEqual(["assets/index-a1.css", "assets/fields-c3.css", "assets/PublicTellPage-b2.css"]);
    expect(linked("modulepreload")).toEqual(["assets/PublicTellPage-b2.js", "assets/index-a1.js", "assets/fields-c3.js"]);
    expect(page).not.toContain("StaffApp");
  });

  it("has the service worker checked on every visit", async () => {
    const res = await app.request("/sw.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });
});
