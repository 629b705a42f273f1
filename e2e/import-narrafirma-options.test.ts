// The import page with the stories file of a NarraFirma story form that has import rows: the check
// links the columns the form names, and the report says what the form's rows do to the file (in
// Dutch, questions by their label). Zero axe violations; with SCREENSHOT_DIR set, screenshots at
// 390 and 1366 px wide land there.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();
const fixture = (name: string) => readFileSync(new URL(`../src/core/import/fixtures/${name}`, import.meta.url));

describe("the import page with a NarraFirma form's import rows", () => {
  it("links the columns the form names and lists what its rows do", async () => {
    const form = await fetch(`${env.app.baseUrl}/api/v1/framework-imports?name=Hulp&language=en`, {
      method: "POST", headers: { authorization: `Bearer ${env.app.adminToken}`, "content-type": "text/csv" }, body: fixture("narrafirma-options-form.csv"),
    });
    expect(form.status).toBe(201);
    const { frameworkId } = await form.json();
    const collection = await call(env.app.baseUrl, "/api/v1/collections", { method: "POST", token: env.app.adminToken, json: { name: "Hulp", frameworkId, audience: "clients", anonymous: true } });

    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await signIn(page, env.app.baseUrl, env.app.admin, `/collections/${collection.id}`);
    await page.getByRole("link", { name: "Verhalen importeren" }).click();
    await page.getByRole("heading", { name: "Verhalen importeren", level: 1 }).waitFor();
    await page.getByLabel("CSV-bestand").setInputFiles({ name: "hulp.csv", mimeType: "text/csv", buffer: fixture("narrafirma-options-stories.csv") });
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await page.getByText("Te importeren: 2 van de 3 verhalen.", { exact: false }).waitFor();
    expect(await page.getByLabel("Hoort bij, voor kolom Kop").inputValue()).toBe("title");
    expect(await page.getByLabel("Hoort bij, voor kolom Respondent").inputValue()).toBe("subjectRef");
    await page.getByRole("heading", { name: "Wat het vragenformulier zegt over je bestand", level: 3 }).waitFor();
    await page.getByText("kolom „[Q5] Feel” geeft de antwoorden op „How did you feel?”, zoals het vragenformulier zegt").waitFor();
    await page.getByText("1 verhaal heeft minder dan 5 woorden; dat lezen we niet in").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/import-narrafirma-options-${width}.png`, fullPage: true });
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
