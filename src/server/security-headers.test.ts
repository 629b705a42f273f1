import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { buildApp } from "./app.ts";
import { createLogger } from "./logger.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** The app as it runs behind TLS: PUBLIC_URL is https. */
async function appBehindTls() {
  const template = process.env.VERTELPUNT_TEST_TEMPLATE;
  const database: Database = await openDatabase({ dataDir: "memory://", template: template && existsSync(template) ? new Blob([readFileSync(template)]) : undefined });
  const built = await buildApp(database, { publicUrl: "https://vertelpunt.gemeente.example", secret: "test-secret-0123456789abcdef0123456789" }, createLogger("silent"));
  return { app: built.app, close: async () => { await built.close(); await database.close(); } };
}

describe("security headers", () => {
  it("sends a strict content security policy without inline scripts, and no framing", async () => {
    const res = await app.request("/api/v1");
    const csp = res.headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    // Media from the app itself, and a recording played back from memory before it is sent; nothing else.
    expect(directives["media-src"]).toEqual(["'self'", "blob:"]);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("api-version")).toBe("1.0.0");
  });

  it("sends HSTS only when the instance is served over TLS", async () => {
    expect((await app.request("/api/v1")).headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS for at least a year, subdomains included, on every answer when PUBLIC_URL is https", async () => {
    const tls = await appBehindTls();
    try {
      for (const [path, status] of [["/api/v1", 200], ["/api/v1/health", 200], ["/api/v1/bestaat-niet", 404], ["/api/v1/sessions/current", 401], ["/", 404]] as const) {
        const res = await tls.app.request(path);
        expect(res.status, path).toBe(status);
        const hsts = res.headers.get("strict-transport-security") ?? "";
        expect(Number(hsts.match(/max-age=(\d+)/)?.[1]), `${path}: ${hsts}`).toBeGreaterThanOrEqual(31_536_000);
        expect(hsts, path).toMatch(/;\s*includeSubDomains/i);
        expect(res.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      }
    } finally {
      await tls.close();
    }
  });
});
