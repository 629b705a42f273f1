import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { negotiateEncoding } from "./compression.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../testing/fixtures.ts";
import { waitForEvent } from "../testing/sse.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

const BROWSER = "gzip, deflate, br, zstd";
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, k) => `woord${k}`))};\n`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(100)}</svg>`;

/** A built web app in miniature: the page, one hashed chunk with its stylesheet, and the manifest. */
function fakeWebRoot() {
  const root = mkdtempSync(join(tmpdir(), "vp-web-"));
  mkdirSync(join(root, "assets"));
  mkdirSync(join(root, ".vite"));
  writeFileSync(join(root, "index.html"), "<!doctype html><html><head><title>Vertelpunt</title></head><body><div id=\"root\"></div></body></html>");
  writeFileSync(join(root, "assets", "PublicTellPage-abc123.js"), script);
  writeFileSync(join(root, "assets", "PublicTellPage-abc123.css"), "body{}");
  writeFileSync(join(root, "assets", "logo-abc123.svg"), svg);
  writeFileSync(join(root, ".vite", "manifest.json"), JSON.stringify({
    "tell/PublicTellPage.tsx": { file: "assets/PublicTellPage-abc123.js", imports: ["_shared.js"], css: ["assets/PublicTellPage-abc123.css"] },
    "_shared.js": { file: "assets/shared-def456.js" },
  }));
  return root;
}

const decode = async (res: Response) => {
  const bytes = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get("content-encoding");
  return (encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
};

describe("negotiating an encoding", () => {
  it("prefers brotli, takes gzip otherwise, and honours q=0", () => {
    expect(negotiateEncoding(BROWSER)).toBe("br");
    expect(negotiateEncoding("gzip, deflate")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("identity")).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe("compressed and cached answers", () => {
  let app: TestApp;
  let webRoot: string;
  let org: Organization;
  let collection: { id: string; slug: string };
  beforeAll(async () => {
    webRoot = fakeWebRoot();
    app = await createTestApp({ webRoot });
    org = await makeOrganization(app);
    ({ collection } = await makeCollection(app, org.adminToken));
  });
  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("compresses JSON with brotli or gzip as the client accepts, and says it varies by that", async () => {
    const plain = await app.request("/api/v1/openapi.json");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i);
    const expected = await plain.text();
    for (const [accept, encoding] of [[BROWSER, "br"], ["gzip", "gzip"]] as const) {
      const res = await app.request("/api/v1/openapi.json", { headers: { "accept-encoding": accept } });
      expect(res.headers.get("content-encoding"), accept).toBe(encoding);
      expect(res.headers.get("content-length")).toBeNull();
      expect(res.headers.get("api-version")).toBe("1.0.0");
      expect(await decode(res)).toBe(expected);
    }
    const brotliBytes = (await (await app.request("/api/v1/openapi.json", { headers: { "accept-encoding": "br" } })).arrayBuffer()).byteLength;
    expect(brotliBytes).toBeLessThan(Buffer.byteLength(expected) / 4);
  });

  it("leaves small answers as they are", async () => {
    const res = await app.request("/api/v1/health", { headers: { "accept-encoding": BROWSER } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
  });

  it("compresses problem+json answers too, keeping their status", async () => {
    const res = await app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", headers: { "accept-encoding": "gzip" }, json: { text: "x".repeat(2000), answers: { bestaat: "niet", ...Object.fromEntries(Array.from({ length: 60 }, (_, k) => [`onbekend${k}`, 1])) }, consent: { research: true } },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.parse(await decode(res)).status).toBe(400);
  });

  it("sends the live stream uncompressed, so an event arrives at once", async () => {
    const stream = await app.request(`/api/v1/collections/${collection.id}/events`, { token: org.tokens.analyst, headers: { "accept-encoding": BROWSER } });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    expect(stream.headers.get("content-encoding")).toBeNull();
    const arrived = waitForEvent(stream, "story.created", 2000);
    const started = performance.now();
    const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "Meteen te zien", answers: validAnswers, consent: { research: true } },
    }));
    expect(await arrived).toMatchObject({ storyId: told.id });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("serves hashed assets compressed and cached for a year, immutable", async () => {
    for (const [path, original, type] of [["/assets/PublicTellPage-abc123.js", script, "javascript"], ["/assets/logo-abc123.svg", svg, "image/svg+xml"]] as const) {
      for (const accept of [BROWSER, "gzip"]) {
        const res = await app.request(path, { headers: { "accept-encoding": accept } });
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type"), path).toContain(type);
        expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
        expect(res.headers.get("content-encoding"), path).toBe(accept === "gzip" ? "gzip" : "br");
        expect(Number(res.headers.get("content-length")), path).toBeLessThan(original.length / 2);
        expect(await decode(res), path).toBe(original);
      }
    }
    const missing = await app.request("/assets/bestaat-niet-abc.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control") ?? "").not.toContain("immutable");
  });

  it("has the page checked on every visit, not kept", async () => {
    for (const path of ["/", "/index.html", "/collections", `/vertel/${collection.slug}`]) {
      const res = await app.request(path, { headers: { "accept-encoding": BROWSER } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("sends the public form's page with its collection inside and its code preloaded", async () => {
    const expected = await json(app.request(`/api/v1/public-collections/${collection.slug}`));
    const html = await (await app.request(`/vertel/${collection.slug}`)).text();
    const inlined = html.match(/<script type="application\/json" id="vp-public-collection">(.*?)<\/script>/s)?.[1];
    // The form token carries the moment it was issued: the page's is a fresh one for the same collection.
    const tokenFor = (token: string) => token.split(".")[0];
    const { formToken, ...page } = JSON.parse(inlined ?? "null");
    expect({ ...page, formToken: tokenFor(formToken) }).toEqual({ ...expected, formToken: tokenFor(expected.formToken) });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/PublicTellPage-abc123.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/shared-def456.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/PublicTellPage-abc123.css">');
  });

  it("inlines nothing for an unknown or closed form, which then says why itself", async () => {
    const unknown = await (await app.request("/vertel/bestaatniet")).text();
    expect(unknown).not.toContain("vp-public-collection");
    expect(unknown).toContain('id="root"');
  });

  it("keeps text that could end the script element harmless", async () => {
    const { collection: tricky } = await makeCollection(app, org.adminToken, { name: "</script><script>alert(1)</script>" });
    const html = await (await app.request(`/vertel/${tricky.slug}`)).text();
    const inlined = html.match(/<script type="application\/json" id="vp-public-collection">(.*?)<\/script>/s)?.[1];
    expect(inlined).not.toContain("<");
    expect(JSON.parse(inlined!).name).toBe("</script><script>alert(1)</script>");
  });
});
