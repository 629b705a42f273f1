// The public form when things go wrong: a send that fails (server error, an answer lost on the way
// back) keeps the story and stores it once; a collection that closes; and the kiosk, which must
// leave nothing of a story behind on a shared tablet.
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { fillMinimal, storedStories } from "./support/tell.ts";

const env = appAndBrowserPerFile();

const STORIES = "**/api/v1/public-collections/*/stories";

describe("the public form when sending goes wrong", () => {
  it("keeps the story after failed sends and stores it exactly once", async () => {
    const { context, page } = await newPage(env.browser);
    const keys: string[] = [];
    page.on("request", (r: Request) => {
      if (r.method() === "POST" && r.url().endsWith("/stories")) keys.push(r.headers()["idempotency-key"]!);
    });
    await page.goto(env.app.collection.publicUrl);
    const text = "Verhaal dat eerst niet aankwam. Daarna ging het goed.";
    await fillMinimal(page, text);

    // 1. The server is in trouble.
    await page.route(STORIES, (route) => route.fulfill({ status: 503, contentType: "application/problem+json", body: '{"status":503,"title":"Niet beschikbaar"}' }), { times: 1 });
    await page.getByRole("button", { name: "Versturen" }).click();
    const alert = page.locator(".vp-tell-send [role=alert]");
    await alert.getByText("er ging bij ons iets mis").waitFor();
    expect(await page.getByLabel("Schrijf hier je verhaal").inputValue()).toBe(text);
    expect(await accessibilityViolations(page)).toEqual([]);

    // 2. The story is stored, but the answer never arrives.
    await page.route(STORIES, async (route) => {
      await route.fetch();
      await route.abort("connectionreset");
    }, { times: 1 });
    await page.getByRole("button", { name: "Opnieuw versturen" }).click();
    await alert.getByText("er is geen verbinding").waitFor();
    expect(await page.getByLabel("Schrijf hier je verhaal").inputValue()).toBe(text);

    // 3. Sending again returns the stored story instead of making a second one.
    await page.getByRole("button", { name: "Opnieuw versturen" }).click();
    await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect((await storedStories(env.app)).filter((s) => s.text === text)).toHaveLength(1);
    await context.close();
  });

  it("says so in plain words when the collection has closed", async () => {
    const closing = await call(env.app.baseUrl, "/api/v1/collections", {
      method: "POST", token: env.app.adminToken, json: { name: "Sluit zo", frameworkId: env.app.framework.id, audience: "clients", anonymous: true },
    });
    const { context, page } = await newPage(env.browser);
    await page.goto(closing.publicUrl);
    const text = "Een verhaal voor een vertelpunt dat sluit.";
    await fillMinimal(page, text);
    await call(env.app.baseUrl, `/api/v1/collections/${closing.id}`, {
      method: "PATCH", token: env.app.adminToken, json: { closesAt: new Date(Date.now() - 60_000).toISOString() },
    });

    // Closed while the teller was writing: the text stays, so it can be copied.
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.locator(".vp-tell-send [role=alert]").getByText("Dit vertelpunt is inmiddels gesloten").waitFor();
    expect(await page.getByLabel("Schrijf hier je verhaal").inputValue()).toBe(text);

    // Opened after closing: no form, a clear message.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Dit vertelpunt is gesloten" }).waitFor();
    expect(await page.getByLabel("Schrijf hier je verhaal").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("in kiosk mode starts again after sending and keeps no story on the device", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 800, height: 1280 }, hasTouch: true });
    await page.goto(`${env.app.collection.publicUrl}?kiosk=1&kioskReset=2`);
    const start = page.getByRole("button", { name: "Begin met vertellen" });
    await start.click();
    const text = "Verhaal in de wachtkamer, op de tablet van de balie.";
    await fillMinimal(page, text);
    const storage = () => page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]));
    expect(await storage()).not.toContain("wachtkamer");

    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
    // A shared tablet shows no personal link.
    expect(await page.getByText("Je persoonlijke link").count()).toBe(0);
    expect(await page.locator("a[href*='/bon/']").count()).toBe(0);

    // The next person starts from the welcome screen.
    await start.waitFor({ timeout: 10_000 });
    await start.click();
    expect(await page.getByLabel("Schrijf hier je verhaal").inputValue()).toBe("");
    expect(await page.getByLabel("Ja, dat mag").isChecked()).toBe(false);
    expect(await storage()).not.toContain("wachtkamer");
    expect(await page.content()).not.toContain("wachtkamer");

    const stored = (await storedStories(env.app)).filter((s) => s.text === text);
    expect(stored.map((s) => s.channel)).toEqual(["kiosk"]);
    await context.close();
  });
});
