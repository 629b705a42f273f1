// The import page takes KoboToolbox's data export as XLSX: the browser reads its first sheet, the
// check links the group paths and option columns to a framework made from the XLSForm, and the
// report names the cells that cost an answer. Zero axe violations; with SCREENSHOT_DIR set,
// screenshots at 390 and 1366 px wide land there.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workbook } from "../src/core/export/xlsx.ts";
import { mappingFromJson } from "../src/core/import/mapping.ts";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();
const fixture = (name: string) => readFileSync(new URL(`../src/core/import/fixtures/${name}`, import.meta.url));

describe("the import page with a Kobo export", () => {
  it("reads the XLSX, links its columns and reports the bad cells", async () => {
    const form = await fetch(`${env.app.baseUrl}/api/v1/framework-imports`, {
      method: "POST", headers: { authorization: `Bearer ${env.app.adminToken}`, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, body: fixture("kobo-xlsform.xlsx"),
    });
    expect(form.status).toBe(201);
    const { frameworkId } = await form.json();
    const collection = await call(env.app.baseUrl, "/api/v1/collections", { method: "POST", token: env.app.adminToken, json: { name: "Kobo", frameworkId, audience: "clients", anonymous: true } });
    const rows = fixture("kobo-export.csv").toString("utf8").trim().split("\r\n").map((line) => line.slice(1, -1).split('";"'));

    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await signIn(page, env.app.baseUrl, env.app.admin, `/collections/${collection.id}`);
    await page.getByRole("link", { name: "Verhalen importeren" }).click();
    await page.getByRole("heading", { name: "Verhalen importeren", level: 1 }).waitFor();
    await page.getByLabel("Soort bestand").selectOption("kobo");
    await page.getByLabel("CSV-bestand").setInputFiles({ name: "geholpen-voelen.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbook([{ name: "Geholpen voelen", rows }])) });
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await page.getByText("Te importeren: 6 van de 7 verhalen.", { exact: false }).waitFor();
    expect(await page.getByLabel("Hoort bij, voor kolom verhaal_groep/verhaal").inputValue()).toBe("text");
    expect(await page.getByLabel("Hoort bij, voor kolom hulp/wijkteam").inputValue()).toBe("answers.hulp.wijkteam");
    await page.getByText("rij 5, gevoel (Hoe voelde je je daarna?): „boos” is geen keuze bij deze vraag").waitFor();
    // The mapping on screen is offered as the file `vertelpunt import --mapping` reads.
    const save = page.getByRole("link", { name: "Bewaar deze koppeling als bestand" });
    expect(await save.getAttribute("download")).toBe("mapping.json");
    const href = (await save.getAttribute("href"))!;
    const saved = mappingFromJson(JSON.parse(decodeURIComponent(href.slice(href.indexOf(",") + 1))));
    expect(Object.values(saved)).toContain("answers.hulp.wijkteam");
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/import-kobo-${width}.png`, fullPage: true });
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
