// The coordinator's whole journey on screen, in Dutch, as a new municipality lives it: set up the
// instance → a framework from the template → a vertelpunt → its poster → ten stories told on a
// 390×844 phone → a colleague invited by e-mail (read from a real SMTP server on loopback) who signs
// up and reads a story → the dashboard → an export → a listening round → a booklet. Every page it
// passes has zero axe violations (WCAG 2.1 A/AA); a screenshot of each step goes to
// e2e/artifacts/journey/.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startBenchServer } from "../src/testing/spawn-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../src/testing/smtp.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { fillMinimal } from "./support/tell.ts";
import { enrolIfAsked } from "./support/two-factor.ts";

const ARTIFACTS = "e2e/artifacts/journey";
const WIDE = { viewport: { width: 1366, height: 900 }, acceptDownloads: true };
const coordinator = { name: "Sanne de Wit", email: "sanne.dewit@example.nl", password: "een-lang-wachtwoord" };
const colleague = { name: "Ahmed Yilmaz", email: "ahmed.yilmaz@example.nl", password: "mijn-eigen-wachtwoord" };

let smtp: TestSmtpServer;
let server: RunningServer;
let browser: Browser;
let desk: { context: BrowserContext; page: Page };
let step = 0;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  smtp = await startTestSmtpServer();
  [server, browser] = await Promise.all([
    startBenchServer("pglite", undefined, { SMTP_URL: smtp.url, SMTP_FROM: "Vertelpunt <vertelpunt@example.nl>" }),
    launchBrowser(),
  ]);
  desk = await newPage(browser, WIDE);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** Every page the journey passes: no axe violations once it settled, and a numbered screenshot. */
async function passed(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  expect(await accessibilityViolations(page), name).toEqual([]);
  step += 1;
  await page.screenshot({ path: `${ARTIFACTS}/${String(step).padStart(2, "0")}-${name}.png`, fullPage: true });
}

describe("a coordinator's first journey", () => {
  let publicUrl = "";
  let collectionPath = "";

  it("sets up the instance and makes a framework from the template", async () => {
    const { page } = desk;
    await page.goto(`${server.baseUrl}/setup`);
    await page.getByRole("heading", { level: 1, name: "Vertelpunt inrichten" }).waitFor();
    await passed(page, "setup");
    await page.getByLabel("Naam van de organisatie").fill("Gemeente Lindendal");
    await page.getByLabel("Je naam").fill(coordinator.name);
    await page.getByLabel("E-mailadres").fill(coordinator.email);
    await page.getByLabel("Wachtwoord").fill(coordinator.password);
    await page.getByRole("button", { name: "Inrichten en beginnen" }).click();
    await page.waitForURL((url) => url.pathname !== "/setup");
    await enrolIfAsked(page, server.baseUrl, coordinator);
    await page.getByRole("region", { name: "Aan de slag" }).getByText("0 van de 5 stappen klaar").waitFor();
    await passed(page, "home-checklist");

    await page.goto(`${server.baseUrl}/frameworks/new`);
    await page.getByRole("heading", { level: 1, name: "Nieuw vragenkader" }).waitFor();
    await passed(page, "framework-new");
    await page.getByRole("link", { name: /Dit sjabloon gebruiken/ }).first().click();
    await page.getByRole("button", { name: "Vragenkader opslaan" }).click();
    await page.waitForURL((url) => /^\/frameworks\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText("Opgeslagen als versie 1.").waitFor();
    await passed(page, "framework-saved");
  });

  it("opens a vertelpunt and prints its poster", async () => {
    const { page } = desk;
    await page.goto(`${server.baseUrl}/collections/new`);
    await page.getByRole("heading", { level: 1, name: "Nieuw vertelpunt" }).waitFor();
    await page.getByLabel("Naam", { exact: true }).fill("Klantmanagers Lindendal");
    await page.getByLabel("Vragenkader").selectOption({ index: 1 });
    await page.getByLabel("Vertellen zonder account toestaan").check();
    await passed(page, "collection-new");
    await page.getByRole("button", { name: "Vertelpunt maken" }).click();
    await page.waitForURL((url) => /^\/collections\/[0-9a-f-]{36}$/.test(url.pathname));
    collectionPath = new URL(page.url()).pathname;
    const share = page.getByRole("region", { name: "Delen" });
    publicUrl = (await share.getByRole("link", { name: /\/vertel\// }).first().innerText()).trim();
    expect(publicUrl).toMatch(/\/vertel\//);
    const posterHref = await share.getByRole("link", { name: "Poster downloaden (PDF, A4)" }).getAttribute("href");
    const poster = await page.request.get(`${server.baseUrl}${posterHref}`);
    expect(poster.headers()["content-type"]).toBe("application/pdf");
    expect((await poster.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await passed(page, "collection-page");
  });

  it("takes ten stories on a phone", async () => {
    const phone = await newPage(browser, PHONE);
    const url = publicUrl.replace(/^https?:\/\/[^/]+/, server.baseUrl);
    for (let i = 1; i <= 10; i++) {
      await phone.page.goto(url);
      await fillMinimal(phone.page, `Verhaal ${i}: we gingen samen langs bij de woningcorporatie en dat hielp.`);
      if (i <= 3) await phone.page.getByLabel("Stukjes uit mijn verhaal mogen letterlijk worden overgenomen", { exact: false }).check();
      if (i === 1) await passed(phone.page, "phone-form");
      await phone.page.getByRole("button", { name: "Versturen" }).click();
      await phone.page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
      if (i === 1) await passed(phone.page, "phone-thanks");
    }
    await phone.context.close();
    const collectionId = collectionPath.split("/").pop();
    const stored = await (await desk.page.request.get(`${server.baseUrl}/api/v1/stories?collectionId=${collectionId}&limit=100`)).json();
    expect(stored.items.map((s: { channel: string }) => s.channel)).toEqual(Array(10).fill("web"));
  });

  it("invites a colleague by e-mail, who signs up and reads a story", async () => {
    const { page } = desk;
    await page.goto(`${server.baseUrl}/members`);
    const form = page.getByRole("form", { name: "Iemand uitnodigen" });
    await form.getByLabel("Naam").fill(colleague.name);
    await form.getByLabel("E-mailadres").fill(colleague.email);
    await form.getByLabel("Collega").check();
    await form.getByRole("button", { name: "Uitnodiging sturen" }).click();
    await page.getByText(`De uitnodiging is gestuurd naar ${colleague.email}.`).waitFor();
    await passed(page, "people-invited");

    const mail = await smtp.mailTo(colleague.email);
    expect(mail.subject).toBe("Uitnodiging voor Vertelpunt van Gemeente Lindendal");
    const link = mail.text.match(/https?:\/\/\S+\/uitnodiging#[\w-]+/)?.[0];
    expect(link).toBeDefined();
    const invited = await newPage(browser, PHONE);
    await invited.page.goto(link!.replace(/^https?:\/\/[^/]+/, server.baseUrl));
    await invited.page.getByRole("heading", { level: 1, name: "Welkom bij Vertelpunt" }).waitFor();
    await passed(invited.page, "invitation");
    await invited.page.getByLabel("Kies een wachtwoord").fill(colleague.password);
    await invited.page.getByRole("button", { name: "Account maken" }).click();
    await invited.page.waitForURL((url) => url.pathname === "/stories");
    await invited.page.getByRole("link", { name: /Verhaal 3:/ }).first().click();
    await invited.page.getByText("Verhaal 3: we gingen samen langs", { exact: false }).first().waitFor();
    await passed(invited.page, "colleague-reads-story");
    await invited.context.close();
  });

  it("reads the dashboard and downloads an export", async () => {
    const { page } = desk;
    await page.goto(`${server.baseUrl}${collectionPath}/patterns`);
    await page.locator("[data-signifier=situatie] svg").waitFor({ timeout: 30_000 });
    await passed(page, "dashboard");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const csv = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(csv).toHaveLength(11);
    expect(csv[0]).toContain("Waar ging het vooral over?");
  });

  it("opens a listening round and makes a booklet", async () => {
    const { page } = desk;
    await page.goto(`${server.baseUrl}${collectionPath}`);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const form = page.getByRole("form", { name: "Nieuwe ronde" });
    await form.getByLabel("Naam van de ronde").fill("Winter");
    await form.getByLabel("Eerste dag").fill(day(0));
    await form.getByLabel("Laatste dag").fill(day(28));
    await form.getByRole("button", { name: "Ronde maken" }).click();
    await page.getByRole("status").filter({ hasText: "Ronde Winter is gemaakt." }).waitFor();
    await passed(page, "listening-round");

    await page.goto(`${server.baseUrl}/booklets`);
    await page.getByRole("heading", { name: "Verhalenboekjes", level: 1 }).waitFor();
    await page.getByLabel("Titel").fill("Wat werkt bij de woningcorporatie");
    await page.getByRole("button", { name: "Boekje maken" }).click();
    await page.getByRole("heading", { name: "Wat werkt bij de woningcorporatie", level: 1 }).waitFor();
    await page.getByText("Van de 10 verhalen mag je er 3 citeren.").waitFor();
    await page.getByRole("button", { name: /^Verhaal 2: .* toevoegen$/ }).click();
    await page.getByRole("button", { name: "Boekje opslaan" }).click();
    await page.getByRole("status").getByText("Het boekje is opgeslagen.").waitFor();
    await passed(page, "booklet");
  });
});
