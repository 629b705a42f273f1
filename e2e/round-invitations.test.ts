// Personal invitations for a listening round in the browser: an admin pastes addresses, sees each
// bad line named, checks the list, sends; the invited person opens the link from the mail (a real
// SMTP server on loopback), tells on a phone, and the link then says "already told"; the round's
// response shows the story. Zero axe violations on each screen; screenshots at 390 and 1366 px go
// to e2e/artifacts/round-invitations/.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startBenchServer } from "../src/testing/spawn-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../src/testing/smtp.ts";
import { type E2eApp, seedE2eApp } from "./support/app.ts";
import { screenshotsAtBothWidths } from "./support/screenshots.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { fillMinimal, signIn, storedStories } from "./support/tell.ts";

const WIDE = { viewport: { width: 1366, height: 900 } };

let smtp: TestSmtpServer;
let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const server = await startBenchServer("pglite", undefined, { SMTP_URL: smtp.url, SMTP_FROM: "Vertelpunt <vertelpunt@example.nl>" });
  [app, browser] = await Promise.all([seedE2eApp(server), launchBrowser()]);
  await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/listening-rounds`, {
    method: "POST", token: app.adminToken,
    json: { name: "Voorjaar 2027", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), reminderAfterDays: 5 },
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
  await smtp?.close();
});

describe("personal invitations for a listening round", () => {
  it("invites by a pasted list, tells once through the link, and shows the response", async () => {
    const admin = await newPage(browser, WIDE);
    await signIn(admin.page, app.baseUrl, app.admin, `/collections/${app.collection.id}`);
    await admin.page.getByRole("link", { name: "Uitnodigingen en respons van ronde Voorjaar 2027" }).click();
    await admin.page.getByRole("heading", { level: 1, name: "Uitnodigingen: Voorjaar 2027" }).waitFor();
    await admin.page.getByText("Herinnering: na 5 dagen").waitFor();
    await admin.page.getByText("Er is nog niemand uitgenodigd.").waitFor();

    const list = admin.page.getByLabel("E-mailadressen");
    await list.fill("E-mail;Klantnummer\nanna@example.nl;K-1001\ngeen adres\nbert@example.nl\n");
    await admin.page.getByRole("button", { name: "Lijst controleren" }).click();
    await admin.page.getByRole("link", { name: /Regel 3: Dit is geen geldig e-mailadres/ }).waitFor();
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshotsAtBothWidths(admin.page, "round-invitations", "list-with-problem");

    await list.fill("E-mail;Klantnummer\nanna@example.nl;K-1001\nbert@example.nl\n");
    await admin.page.getByRole("button", { name: "Lijst controleren" }).click();
    await admin.page.getByText("2 mensen krijgen een uitnodiging, 1 met een cliëntnummer.").waitFor();
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshotsAtBothWidths(admin.page, "round-invitations", "preview");
    await admin.page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await admin.page.getByText("2 uitnodigingen zijn gemaakt. 2 zijn per e-mail verstuurd.").waitFor();

    const mail = await smtp.mailTo("anna@example.nl");
    const link = /https?:\/\/\S+#uitnodiging=[\w-]+/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    const teller = await newPage(browser, PHONE);
    await teller.page.goto(link!);
    await fillMinimal(teller.page, "Uitgenodigd verhaal: de klantmanager belde me zelf terug.");
    await teller.page.getByRole("button", { name: "Versturen" }).click();
    await teller.page.getByRole("heading", { name: "Dank je wel voor je verhaal" }).waitFor();
    const stored = (await storedStories(app)).find((s) => s.text.startsWith("Uitgenodigd verhaal"));
    expect(stored?.subjectPseudonym).toBeTruthy();
    // The link works once: opened again, it says so.
    await teller.page.goto("about:blank");
    await teller.page.goto(link!);
    await teller.page.getByRole("heading", { level: 1, name: "Je hebt al verteld" }).waitFor();
    expect(await accessibilityViolations(teller.page)).toEqual([]);
    await screenshotsAtBothWidths(teller.page, "round-invitations", "already-told");
    await teller.context.close();

    await admin.page.reload();
    const total = admin.page.getByRole("region", { name: "Respons per dag" }).getByRole("row", { name: /Totaal/ });
    await expect.poll(async () => (await total.textContent())?.replace(/\s+/g, " ")).toBe("Totaal211");
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshotsAtBothWidths(admin.page, "round-invitations", "response");

    // Staff see each story's language, in the list and on the story page.
    await admin.page.goto(`${app.baseUrl}/stories?collectionId=${app.collection.id}`);
    const item = admin.page.getByRole("listitem").filter({ hasText: "Uitgenodigd verhaal" });
    await item.getByText("Taal: Nederlands").waitFor();
    await item.getByRole("link").click();
    await admin.page.getByRole("definition").filter({ hasText: "Nederlands" }).waitFor();
    expect(await admin.page.getByRole("term").filter({ hasText: "Taal van het verhaal" }).count()).toBe(1);
    await screenshotsAtBothWidths(admin.page, "round-invitations", "story-language");
    await admin.context.close();
  });
});
