// `vertelpunt import` with KoboToolbox's files against a running server: an XLSForm (recognised by
// its survey sheet) becomes a framework, and Kobo's data export, as CSV or as XLSX, fills a
// collection of it with the default mapping.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workbook } from "../core/export/xlsx.ts";
import { cliServerPerFile, cliTestsSkipped } from "../testing/cli-server.ts";

const env = cliServerPerFile("import-kobo");
const fixture = (name: string) => new URL(`../core/import/fixtures/${name}`, import.meta.url).pathname;

const cli = (args: string[]) => env.cli(["import", ...args]);

describe.skipIf(cliTestsSkipped())("vertelpunt import with KoboToolbox files", () => {
  it("makes a framework from an XLSForm, then imports Kobo's export as CSV and as XLSX", async () => {
    const dry = await cli([fixture("kobo-xlsform.xlsx"), "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain('Dry run: the framework "Geholpen voelen" (nl) would be made. Nothing was stored.');
    expect(dry.output).toContain("  hulp (choice): Wat hielp?");
    expect(dry.output).toContain("row 13, plek: the question type \"geopoint\" is not supported; this question is left out");

    const made = await cli([fixture("kobo-xlsform.xlsx"), "--format", "xlsform", "--name", "Kobo"]);
    expect(made.code).toBe(0);
    const frameworkId = /id ([0-9a-f-]{36})/.exec(made.output)![1];
    const collectionId = (await env.server.api("/collections", { method: "POST", token: env.token, json: { name: "Kobo", frameworkId, audience: "clients", anonymous: true } })).body.id;

    const csv = await cli([fixture("kobo-export.csv"), "--collection", collectionId]);
    expect(csv.code).toBe(0);
    expect(csv.output).toContain("verhaal_groep/verhaal → text");
    expect(csv.output).toContain("hulp/wijkteam → answers.hulp.wijkteam");
    expect(csv.output).toContain("Imported 6 of 7 stories (0 were imported before), 1 rejected.");
    expect(csv.output).toContain("3 stories kept whole; 3 answers left out because their cell could not be read.");

    const rows = readFileSync(fixture("kobo-export.csv"), "utf8").trim().split("\r\n").map((line) => line.slice(1, -1).split('";"'));
    const xlsx = join(env.dir, "kobo-export.xlsx");
    writeFileSync(xlsx, workbook([{ name: "Geholpen voelen", rows }]));
    const again = await cli([xlsx, "--collection", collectionId]);
    expect(again.code).toBe(0);
    expect(again.output).toContain("Imported 0 of 7 stories (6 were imported before), 1 rejected.");
  });
});
