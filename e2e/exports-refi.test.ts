// The export section of a collection page offers a REFI-QDA project next to CSV, XLSX and JSON: the
// button downloads a .qdpx, the hint says what it holds, and the page keeps zero axe violations at
// phone and desktop width. With SCREENSHOT_DIR set, screenshots at 390 and 1366 px wide land there.
import { describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();

describe("the REFI-QDA export button", () => {
  it.each([["1366", { viewport: { width: 1366, height: 900 } }], ["390", PHONE]] as const)("downloads a .qdpx from the collection page at %s px", async (width, options) => {
    await call(env.app.baseUrl, `/api/v1/collections/${env.app.collection.id}/story-imports`, {
      method: "POST", token: env.app.adminToken, headers: { "content-type": "application/x-ndjson" },
      body: JSON.stringify({ text: `Een verhaal om te coderen (${width}).`, consent: { research: true }, answers: {} }),
    });
    const { context, page } = await newPage(env.browser, { ...options, acceptDownloads: true });
    await signIn(page, env.app.baseUrl, env.app.admin, `/collections/${env.app.collection.id}`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Exporteren" }) });
    const button = section.getByRole("button", { name: "Download REFI-QDA (QDPX)" });
    await button.waitFor();
    await section.getByText("REFI-QDA open je in ATLAS.ti, MAXQDA, NVivo of QualCoder.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    if (process.env.SCREENSHOT_DIR) await section.screenshot({ path: `${process.env.SCREENSHOT_DIR}/export-refi-qda-${width}.png` });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe(`vertelpunt-${env.app.collection.slug}.qdpx`);
    await section.getByRole("status").getByText(`vertelpunt-${env.app.collection.slug}.qdpx is gedownload.`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
