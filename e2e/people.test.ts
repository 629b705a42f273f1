// An admin invites a colleague on the people page; the colleague reads the mail (from a real SMTP
// server on loopback), opens the link, picks a password and signs in. Then the colleague forgets
// it and sets a new one by mail, and the admin stops the colleague's access. Zero axe violations on
// each new page; screenshots at 390 and 1366 px go to e2e/artifacts/people/.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBenchServer } from "../src/testing/spawn-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../src/testing/smtp.ts";
import { type E2eApp, seedE2eApp } from "./support/app.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const WIDE = { viewport: { width: 1366, height: 900 } };

let smtp: TestSmtpServer;
let app: E2eApp;
let browser: Browser;
const colleague = { name: "Noor Bakker", email: "noor.bakker@example.nl", password: "mijn-eigen-wachtwoord" };

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const server = await startBenchServer("pglite", undefined, { SMTP_URL: smtp.url, SMTP_FROM: "Vertelpunt <vertelpunt@example.nl>" });
  [app, browser] = await Promise.all([seedE2eApp(server), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
  await smtp?.close();
});

const linkIn = (text: string, page: string) => {
  const found = text.match(new RegExp(`https?://\\S+/${page}#[\\w-]+`));
  if (!found) throw new Error(`no ${page} link in:\n${text}`);
  return found[0];
};

describe("people by e-mail", () => {
  it("an admin invites a colleague, who sets a password from the mail and signs in", async () => {
    const admin = await newPage(browser, WIDE);
    await signIn(admin.page, app.baseUrl, app.admin, "/members");
    await admin.page.getByRole("heading", { level: 1, name: "Mensen en teams" }).waitFor();
    const form = admin.page.getByRole("form", { name: "Iemand uitnodigen" });
    await form.getByLabel("Naam").fill(colleague.name);
    await form.getByLabel("E-mailadres").fill(colleague.email);
    await form.getByLabel("Collega").check();
    await form.getByRole("button", { name: "Uitnodiging sturen" }).click();
    await admin.page.getByText(`De uitnodiging is gestuurd naar ${colleague.email}.`).waitFor();
    await admin.page.getByRole("cell", { name: colleague.email }).waitFor();
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    // With a person's actions open too.
    await admin.page.locator("summary", { hasText: "Wijzigen" }).first().click();
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshotsAtBothWidths(admin.page, "people", "people-page");

    const mail = await smtp.mailTo(colleague.email);
    expect(mail.subject).toBe("Uitnodiging voor Vertelpunt van Bench");
    const link = linkIn(mail.text, "uitnodiging");

    const invited = await newPage(browser, PHONE);
    await invited.page.goto(link);
    await invited.page.getByRole("heading", { level: 1, name: "Welkom bij Vertelpunt" }).waitFor();
    await invited.page.getByText("Je bent uitgenodigd voor Bench als collega.").waitFor();
    expect(await accessibilityViolations(invited.page)).toEqual([]);
    await screenshotsAtBothWidths(invited.page, "people", "invitation-page");
    await invited.page.setViewportSize(PHONE.viewport);
    await invited.page.getByLabel("Kies een wachtwoord").fill(colleague.password);
    await invited.page.getByRole("button", { name: "Account maken" }).click();
    await invited.page.waitForURL((url) => url.pathname === "/stories");
    const me = await (await invited.page.request.get(`${app.baseUrl}/api/v1/sessions/current`)).json();
    expect(me.role).toBe("colleague");
    await invited.context.close();

    // The password works for a fresh sign-in on the login page.
    const again = await newPage(browser, PHONE);
    await signIn(again.page, app.baseUrl, colleague);
    await again.context.close();
    await admin.context.close();
  });

  it("the colleague forgets the password and sets a new one from the mailed link", async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "people", "forgot-page");
    await page.setViewportSize(PHONE.viewport);
    await page.getByLabel("E-mailadres").fill(colleague.email);
    await page.getByRole("button", { name: "Link sturen" }).click();
    await page.getByText("Is er een account met dit e-mailadres?").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "people", "forgot-sent");

    const mail = await smtp.mailTo(colleague.email, { subject: /wachtwoord/ });
    await page.setViewportSize(PHONE.viewport);
    await page.goto(linkIn(mail.text, "wachtwoord-herstellen"));
    await page.getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, "people", "reset-page");
    colleague.password = "een-nieuw-wachtwoord";
    await page.getByLabel("Nieuw wachtwoord").fill(colleague.password);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.getByText("Je nieuwe wachtwoord is opgeslagen.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, app.baseUrl, colleague);
    await context.close();
  });

  it("the admin stops the colleague's access on the people page; the colleague's next page asks to sign in", async () => {
    const noor = await newPage(browser, PHONE);
    await signIn(noor.page, app.baseUrl, colleague);
    const admin = await newPage(browser, WIDE);
    await signIn(admin.page, app.baseUrl, app.admin, "/members");
    await admin.page.getByLabel(`${colleague.name} wijzigen`, { exact: true }).first().click();
    await admin.page.getByRole("button", { name: "Toegang stoppen" }).filter({ visible: true }).click();
    await admin.page.getByText(`${colleague.name} kan niet meer inloggen.`).waitFor();
    await admin.page.getByRole("row", { name: new RegExp(colleague.name) }).getByText("Toegang gestopt").waitFor();
    expect((await noor.page.request.get(`${app.baseUrl}/api/v1/sessions/current`)).status()).toBe(401);
    await noor.page.goto(`${app.baseUrl}/stories`);
    await noor.page.waitForURL((url) => url.pathname === "/login");
    await Promise.all([noor.context.close(), admin.context.close()]);
  });
});
