// The published OpenAPI document conforms to the Dutch API Design Rules: Spectral with the NLGov
// ruleset must report zero errors.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../scripts/write-openapi.ts";

const ruleset = resolve("../shared/standards/nlgov-adr-spectral.yaml");

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the contract's paths", async () => {
    const doc = (await openApiDocument()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/setup", "/organizations", "/sessions", "/api-tokens", "/members", "/teams", "/frameworks", "/frameworks/{id}",
      "/framework-templates", "/collections", "/collections/{id}", "/collections/{id}/qr-code", "/public-collections/{slug}",
      "/public-collections/{slug}/stories", "/collections/{id}/stories", "/stories", "/stories/{id}", "/collections/{id}/story-imports"]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it.runIf(existsSync(ruleset))("has zero errors under the NLGov API Design Rules ruleset", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vp-oas-"));
    const file = join(dir, "openapi.json");
    const report = join(dir, "report.json");
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    try {
      execFileSync("npx", ["spectral", "lint", "-r", ruleset, "-f", "json", "-o", report, file], { encoding: "utf8" });
    } catch {
      // Spectral exits non-zero when it finds problems; the report says which.
    }
    const results = JSON.parse(readFileSync(report, "utf8")) as { severity: number; code: string; path: string[] }[];
    const errors = results.filter((r) => r.severity === 0);
    expect(errors.map((e) => `${e.code} at ${e.path.join(".")}`)).toEqual([]);
  }, 120_000);
});
