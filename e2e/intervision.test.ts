// Interpreting together: a facilitator starts an intervisie session in one browser, a colleague
// joins by the link in another, and a reading placed in one appears on the other's screen within
// 2 seconds. Also the teller's side: readings and actions on "Mijn verhalen", and the mirror on the
// receipt page. Every page is checked with axe.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { fillMinimal, signIn } from "./support/tell.ts";

const answers = { wat_hielp: [0.2, 0.5, 0.3], regie: 0.3, situatie: "schulden", aanpak: "huisbezoek", uitkomst: "beter" };

let app: E2eApp;
let browser: Browser;
let facilitator: { email: string; password: string };
let participant: { email: string; password: string };
let teller: { email: string; password: string };

const tellAs = async (token: string, text: string) =>
  (await call<{ id: string }>(app.baseUrl, `/api/v1/collections/${app.collection.id}/stories`, {
    method: "POST", token, json: { text, answers, consent: { research: true } },
  })).id;
const tokenOf = async (who: { email: string; password: string }) =>
  (await call<{ token: string }>(app.baseUrl, "/api/v1/sessions", { method: "POST", json: who })).token;

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator(".vp-loading").first().waitFor({ state: "detached" });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  facilitator = await addMember(app, "colleague", "Fatima Begeleider");
  participant = await addMember(app, "colleague", "Pieter Deelnemer");
  teller = await addMember(app, "teller", "Tessa Verteller");
  const tellerToken = await tokenOf(teller);
  await tellAs(tellerToken, "Na het huisbezoek kwam er eindelijk rust in de schulden van het gezin.");
  await tellAs(tellerToken, "Het werkgeversgesprek over schulden liep vast op regels.");
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

describe("an intervisie session in two browsers", () => {
  it("shows one participant's placement on the other's screen within 2 s, and closes with actions", async () => {
    const host = await newPage(browser);
    await signIn(host.page, app.baseUrl, facilitator, "/intervisie");
    await settled(host.page);
    expect(await accessibilityViolations(host.page)).toEqual([]);
    await host.page.getByLabel("Titel").fill("Intervisie schulden");
    await host.page.getByLabel("Vertelpunt").selectOption({ label: "Bench" });
    await host.page.getByLabel("Zoekwoorden").fill("schulden");
    await host.page.getByRole("button", { name: "Verhalen zoeken" }).click();
    await host.page.getByRole("button", { name: "Intervisie starten" }).click();
    await host.page.waitForURL(/\/intervisie\/[0-9a-f-]{36}$/);
    await host.page.getByRole("heading", { level: 1, name: "Intervisie schulden" }).waitFor();
    const joinUrl = await host.page.locator(".vp-share__link a").innerText();
    expect(joinUrl).toBe(host.page.url());
    await settled(host.page);
    expect(await accessibilityViolations(host.page)).toEqual([]);

    // The colleague joins on a phone by the link (sign-in first, then straight to the session).
    const guest = await newPage(browser, PHONE);
    await signIn(guest.page, app.baseUrl, participant, new URL(joinUrl).pathname);
    await guest.page.getByRole("heading", { name: "Verhaal 1 van 2" }).waitFor();
    await settled(guest.page);
    expect(await guest.page.locator(".vp-triad-plot__colleague").count()).toBe(0);

    // The facilitator places a reading of story 1: the triad moved up from the centre, and a code.
    const story1 = host.page.locator("article", { has: host.page.getByRole("heading", { name: "Verhaal 1 van 2" }) });
    await story1.getByText("Jouw duiding").click();
    await story1.locator("svg[role=slider]").first().focus();
    for (const key of ["ArrowUp", "ArrowUp", "ArrowUp"]) await host.page.keyboard.press(key);
    await story1.getByLabel("Werk of een plek om mee te doen").first().check();
    await story1.getByRole("button", { name: "Duiding opslaan" }).click();
    await story1.getByText("Je duiding is opgeslagen.").waitFor();

    // It appears on the guest's phone without reloading: a colleague's square on the triad, and the
    // code with the facilitator's name in the table.
    const guestStory1 = guest.page.locator("article", { has: guest.page.getByRole("heading", { name: "Verhaal 1 van 2" }) });
    await guestStory1.locator(".vp-triad-plot__colleague").first().waitFor({ timeout: 2000 });
    await guestStory1.getByRole("row", { name: /Fatima Begeleider.*Werk of een plek om mee te doen/ }).waitFor({ timeout: 2000 });
    expect(await accessibilityViolations(guest.page)).toEqual([]);

    // Closing with conclusions and an action for story 1; the guest sees the outcome live.
    await host.page.getByLabel("Conclusies").fill("Huisbezoeken helpen bij schulden. Eerder inzetten.");
    await host.page.getByLabel("Wat gaan jullie doen?").fill("Huisbezoek standaard aanbieden bij schulden");
    await host.page.getByRole("group", { name: "Bij welke verhalen hoort deze actie?" }).getByRole("checkbox").first().check();
    await host.page.getByRole("button", { name: "Afsluiten en bewaren" }).click();
    await guest.page.getByRole("heading", { name: "Conclusies" }).waitFor({ timeout: 2000 });
    expect(await guest.page.getByText("Huisbezoek standaard aanbieden bij schulden").count()).toBe(1);
    expect(await accessibilityViolations(host.page)).toEqual([]);
    await host.context.close();
    await guest.context.close();
  });
});

describe("the teller's side", () => {
  it("shows the teller their stories with the actions they received, and readings without names", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, teller, "/mijn-verhalen");
    await page.getByText("Huisbezoek standaard aanbieden bij schulden").first().waitFor();
    await settled(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Story 1 of the session is the newest of the two: the one the reading and the action are on.
    await page.getByRole("link", { name: /Het werkgeversgesprek/ }).click();
    await page.getByRole("heading", { name: "Duidingen naast elkaar" }).waitFor();
    await settled(page);
    expect(await page.getByText("Fatima Begeleider").count()).toBe(0);
    expect(await page.getByRole("row", { name: /Collega 1/ }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows an anonymous teller where the story sits among the others, on the receipt page", async () => {
    let receiptUrl = "";
    for (let i = 0; i < 6; i++) {
      const told = await call<{ receiptUrl: string }>(app.baseUrl, `/api/v1/public-collections/${app.collection.slug}/stories`, {
        method: "POST", json: { text: `Verhaal ${i}.`, answers: { ...answers, wat_hielp: i === 5 ? [0.05, 0.05, 0.9] : [0.8, 0.1, 0.1] }, consent: { research: true } },
      });
      receiptUrl = told.receiptUrl;
    }
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(receiptUrl);
    await page.getByRole("heading", { name: "Jouw verhaal tussen de andere verhalen" }).waitFor();
    await page.locator(".vp-triad-plot__mine").first().waitFor();
    expect(await page.locator(".vp-triad-plot__density").count()).toBeGreaterThan(0);
    expect(await page.getByText(/weegt ‘De samenwerking met anderen’ zwaarder/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows the teller the mirror right after telling, with a question to reflect on", async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(app.collection.publicUrl);
    await fillMinimal(page, "Ik belde de inwoner terug en we spraken af om samen te kijken.");
    // The triad by keyboard: the first arrow puts the point in the middle, the next ones move it.
    await page.locator("#vp-q-wat_hielp svg[role=slider]").focus();
    for (const key of ["ArrowUp", "ArrowUp", "ArrowUp"]) await page.keyboard.press(key);
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("heading", { name: "Jouw verhaal tussen de andere verhalen" }).waitFor();
    await page.locator(".vp-triad-plot__mine").first().waitFor();
    expect(await page.locator(".vp-triad-plot__density").count()).toBeGreaterThan(0);
    // Every comparison ends in a question to the teller.
    const prompts = await page.locator(".vp-reflection__prompt").allTextContents();
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((prompt) => prompt.trim().endsWith("?"))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
