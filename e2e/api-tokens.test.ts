// API tokens in the browser: an admin makes a token with a name, a scope and an expiry, sees the
// secret once, finds it in the list, and revokes it after a confirmation; the token then answers
// 401. A teller is offered only the scopes a teller may give. Zero axe violations on each state.
// With SCREENSHOT_DIR set, screenshots at 1366 and 390 px wide land there.
import { expect, describe, it } from "vitest";
import type { Page } from "playwright-core";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage, PHONE } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const env = appAndBrowserPerFile();
const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage: true });
};
const stories = (token: string) => fetch(`${env.app.baseUrl}/api/v1/stories`, { headers: { authorization: `Bearer ${token}` } });

describe("the API tokens page", () => {
  it("makes a token, shows it once, lists it and revokes it after a confirmation", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await signIn(page, env.app.baseUrl, env.app.admin, "/api-tokens");
    await page.getByRole("heading", { level: 1, name: "API-tokens" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Naam", { exact: true }).fill("Kwartaalexport");
    await page.getByLabel("Analyseren").check();
    await page.getByRole("button", { name: "Token maken" }).click();
    const secret = page.locator(".vp-token-secret__value");
    await secret.waitFor();
    const token = await secret.innerText();
    expect(token).toMatch(/^vpt_[\w-]{43}$/);
    await page.getByText("Je ziet het hierna nooit meer").waitFor();
    const row = page.getByRole("row", { name: /Kwartaalexport/ });
    await row.waitFor();
    expect(await row.innerText()).toContain("Analyseren");
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, "api-tokens-1366");
    expect((await stories(token)).status).toBe(200);

    await page.reload();
    await page.getByRole("row", { name: /Kwartaalexport/ }).waitFor();
    expect(await page.locator("main").innerText()).not.toContain(token);

    await page.getByRole("button", { name: "Token Kwartaalexport intrekken" }).click();
    await page.getByText("Weet je zeker dat je token Kwartaalexport wilt intrekken?").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, "api-tokens-confirm-1366");
    await page.getByRole("button", { name: "Ja, intrekken" }).click();
    await page.getByRole("status").getByText("Token Kwartaalexport is ingetrokken.").waitFor();
    await page.getByRole("row", { name: /Kwartaalexport/ }).waitFor({ state: "detached" });
    expect((await stories(token)).status).toBe(401);
    await context.close();
  });

  it("offers a teller only reading and writing, and fits a phone", async () => {
    const teller = await addMember(env.app, "teller", "Verteller");
    const { context, page } = await newPage(env.browser, PHONE);
    await signIn(page, env.app.baseUrl, teller, "/api-tokens");
    await page.getByRole("heading", { level: 1, name: "API-tokens" }).waitFor();
    expect(await page.getByRole("radio").count()).toBe(2);
    await page.getByLabel("Lezen").waitFor();
    await page.getByLabel("Schrijven").waitFor();
    await page.getByLabel("Naam", { exact: true }).fill("Mijn script");
    await page.getByRole("button", { name: "Token maken" }).click();
    await page.locator(".vp-token-secret__value").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "api-tokens-390");
    await context.close();
  });
});
