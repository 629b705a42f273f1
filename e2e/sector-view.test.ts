// The sector view in a browser: a colleague of a member organization opens it, in Dutch and then
// English, at 390 and 1366 px, with no axe violations (WCAG 2.1 A/AA); every count on the page is
// the hub's combined count (or "te weinig" below the threshold) with the ± of its noise; what works,
// a question per month (chart and table), what stands out (discovery), the shared stories with
// search and similar stories, and gathering them into a booklet work. Nothing scrolls sideways.
// Screenshots land in e2e/artifacts/sector-view.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKeys } from "../src/core/sector/signed-document.ts";
import { call } from "../src/testing/spawn-server.ts";
import { coreFramework, coreStory, knownRelease, knownStory } from "../src/testing/sector-fixtures.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { launchBrowser } from "./support/browser.ts";
import { checkedAtBothWidths } from "./support/screenshots.ts";
import { signIn } from "./support/tell.ts";

let app: E2eApp;
let browser: Browser;
let colleague: { context: BrowserContext; page: Page };
let sectorId = "";
const keys = generateSigningKeys();

const asAdmin = <T = any>(path: string, init: { method?: string; json?: unknown } = {}) =>
  call<T>(app.baseUrl, `/api/v1${path}`, { method: init.method ?? (init.json === undefined ? "GET" : "POST"), token: app.adminToken, json: init.json });

/** An instance elsewhere that released September and October with counts the test knows, and shared one story. */
async function remoteContributor() {
  const { credential } = await asAdmin(`/sectors/${sectorId}/credentials`, { json: { name: "Gemeente Elders" } });
  const hub = async (path: string, body: { id?: string }, method = "POST") => {
    const res = await fetch(`${app.baseUrl}/api/v1/sector-hub${path}`, {
      method, body: JSON.stringify(body), headers: { authorization: `Bearer ${credential}`, "content-type": "application/json", "idempotency-key": body.id ?? crypto.randomUUID() },
    });
    expect(res.status, path).toBeLessThan(300);
  };
  await hub("/signing-key", { publicKey: keys.publicKey } as never, "PUT");
  await hub("/contributions", knownRelease(sectorId, "2026-10", keys.privateKey, {
    situatie: [40, 7], aanpak: [30, 3], uitkomst: [29, 18], "situation×intervention×outcome": [25, 5, 4, 9, 1, 0, 2, 4],
  }));
  // September: many more stories, so that what stands out (home visits end better) is beyond the noise.
  await hub("/contributions", knownRelease(sectorId, "2026-09", keys.privateKey, {
    situatie: [400, 300], aanpak: [380, 320], uitkomst: [380, 320], "situation×intervention×outcome": [200, 40, 40, 120, 120, 20, 20, 140],
  }));
  await hub("/contributions", knownStory(sectorId, "2026-10", keys.privateKey, "Na een gesprek over werk vond ze een nieuwe baan bij de bakker.", { situatie: "werk" }));
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  // The organization coordinates the sector, lets it show its name, and releases November.
  sectorId = (await asAdmin("/sectors", { json: { name: "Arbeidsmarktregio Midden" } })).id;
  await asAdmin(`/sectors/${sectorId}/core-frameworks`, { json: { definition: coreFramework } });
  await asAdmin("/organization-settings", { method: "PATCH", json: { sectorShowName: true } });
  const link = await asAdmin("/sector-links", { json: { sectorId, budget: { numerator: 10, denominator: 1 } } });
  const { framework } = await asAdmin(`/sector-links/${link.id}/adoptions`, { json: { name: "Ons kader" } });
  const collection = await asAdmin("/collections", { json: { name: "Klantverhalen", frameworkId: framework.id, audience: "clients", anonymous: true } });
  await asAdmin(`/collections/${collection.id}/sector-participation`, { method: "PUT", json: { linkId: link.id, epsilon: { numerator: 1, denominator: 2 } } });
  for (let n = 1; n <= 30; n++) await asAdmin(`/collections/${collection.id}/stories`, { json: coreStory(n, { sector: n % 5 === 0 }) });
  await asAdmin(`/collections/${collection.id}/sector-releases`, { json: { month: "2026-11" } });
  await remoteContributor();
  const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
  colleague = { context, page: await context.newPage() };
  await signIn(colleague.page, app.baseUrl, await addMember(app, "colleague", "Collega"), "/sector");
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

const checked = (page: Page, name: string) => checkedAtBothWidths(page, "sector-view", name);

describe("the sector view", () => {
  it("shows the hub's combined figures with their noise, in Dutch, without axe violations", async () => {
    const { page } = colleague;
    await page.getByRole("link", { name: "Arbeidsmarktregio Midden" }).click();
    await page.getByRole("heading", { level: 1, name: "Arbeidsmarktregio Midden" }).waitFor();
    await page.locator("[data-question=situatie] svg").first().waitFor();
    await expect(page.getByTestId("contributors").innerText()).resolves.toMatch(/2 organisaties doen mee.*Met naam: Bench/);

    const hub = await asAdmin(`/sectors/${sectorId}/aggregates`);
    const { smallGroup } = await asAdmin(`/sectors/${sectorId}/patterns`);
    let compared = 0;
    for (const key of ["situatie", "aanpak", "uitkomst", "regie", "cijfer"]) {
      const cells = hub.histograms.find((h: { key: string }) => h.key === key).cells as { cell: string; count: number; plusMinus: number; releases: number }[];
      for (const c of cells) {
        const shown = page.locator(`[data-question=${key}] tr[data-cell="${c.cell}"] td`).first();
        const text = await shown.innerText();
        if (c.releases > 0 && c.count >= smallGroup) expect(text, `${key} ${c.cell}`).toBe(`${new Intl.NumberFormat("nl-NL").format(c.count)} ± ${c.plusMinus}`);
        else expect(text, `${key} ${c.cell}`).toBe("te weinig");
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(15);
    await expect(page.getByTestId("sector-what-works").locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    await checked(page, "sector-nl");
  });

  it("follows a question per month and finds shared stories and ones like them", async () => {
    const { page } = colleague;
    await page.getByLabel("Vraag", { exact: true }).selectOption("situatie");
    await page.getByTestId("sector-trend").locator("tbody tr").nth(2).waitFor();
    await expect(page.getByTestId("sector-trend").locator("tbody tr").count()).resolves.toBe(3);
    // The chart beside the table: a point per month and answer with a shown share, each with its margin.
    await page.getByTestId("sector-trend-chart").locator("svg circle").first().waitFor();
    await expect(page.getByTestId("sector-trend-chart").getByText(/Het streepje erdoor is de marge/).isVisible()).resolves.toBe(true);
    await checked(page, "sector-trend-nl");
    await page.getByRole("searchbox", { name: "Zoek in de verhalen" }).fill("banen");
    await page.getByRole("button", { name: "Zoeken" }).click();
    const stories = page.getByTestId("sector-stories");
    await stories.getByText("nieuwe baan bij de bakker").waitFor();
    await expect(stories.locator("ul > li").count()).resolves.toBe(1);
    // The colleague's organization coordinates the sector: it admitted Elders by name and sees it.
    await expect(stories.getByText(/Gemeente Elders · oktober 2026/).isVisible()).resolves.toBe(true);
    await page.getByRole("searchbox", { name: "Zoek in de verhalen" }).fill("huisbezoek");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await stories.getByRole("button", { name: /Vergelijkbare verhalen/ }).first().click();
    await page.getByRole("heading", { name: /Verhalen zoals/ }).waitFor();
    await stories.getByText(/Gedeelde woorden/).first().waitFor();
    await checked(page, "sector-stories-nl");
  });

  it("says what stands out, only beyond chance and the noise, with the ± of each difference", async () => {
    const { page } = colleague;
    const section = page.getByTestId("sector-discovery");
    await section.getByRole("heading", { name: "Wat valt op?" }).waitFor();
    const found = await asAdmin(`/sectors/${sectorId}/discovery`);
    await section.getByText(`Vergeleken: ${found.tested} combinaties.`).waitFor();
    // September's home visits ended better far more often than calls, well beyond the noise.
    expect(found.findings.some((f: { given: { answer: string }; then: { answer: string } }) => f.given.answer === "Huisbezoek" && f.then.answer === "Beter")).toBe(true);
    await expect(section.locator("li").count()).resolves.toBe(found.findings.length);
    await section.getByText("Bij “Huisbezoek” vaker “Beter”").waitFor();
    await expect(section.locator("li").first().innerText()).resolves.toMatch(/Verschil [+−]\d+% ± \d+%/);
    await section.scrollIntoViewIfNeeded();
    await checked(page, "sector-discovery-nl");
  });

  it("is in English too, without axe violations", async () => {
    const { page } = colleague;
    await page.getByRole("button", { name: /English/ }).first().click();
    await page.getByRole("heading", { level: 2, name: "Answers per question" }).waitFor();
    await expect(page.getByText("The bar is the sector's share").first().isVisible()).resolves.toBe(true);
    await checked(page, "sector-en");
  });

  it("lets an analyst gather shared stories into a booklet: the redacted text only", async () => {
    const booklet = await asAdmin("/booklets", { json: { title: "Verhalen uit de regio", storyIds: [] } });
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, await addMember(app, "analyst", "Analist"), `/sector/${sectorId}`);
    const stories = page.getByTestId("sector-stories");
    await stories.getByLabel("Boekje", { exact: true }).selectOption(booklet.id);
    await stories.getByText("Er staan nog geen gedeelde verhalen in dit boekje.").waitFor();
    await page.getByRole("searchbox", { name: "Zoek in de verhalen" }).fill("bakker");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await stories.getByText("nieuwe baan bij de bakker").waitFor();
    await stories.getByRole("button", { name: /In het boekje zetten/ }).first().click();
    await stories.getByText(/staat nu in het boekje/).waitFor();
    await stories.getByText("Staat in “Verhalen uit de regio”.").waitFor();
    const saved = await asAdmin(`/booklets/${booklet.id}`);
    expect(saved.sharedStories).toHaveLength(1);
    expect(saved.sharedStories[0].text).toBe("Na een gesprek over werk vond ze een nieuwe baan bij de bakker.");
    expect(Object.keys(saved.sharedStories[0]).sort()).toEqual(["id", "language", "month", "sectorId", "sectorName", "text", "title"]);
    await checked(page, "sector-booklet-nl");

    // The booklet's own page shows it apart from the organization's stories, and takes it out again.
    await page.goto(`${app.baseUrl}/booklets/${booklet.id}`);
    const fromSector = page.getByRole("region", { name: "Verhalen uit de sector" });
    await fromSector.getByText("nieuwe baan bij de bakker").waitFor();
    await checked(page, "booklet-shared-stories");
    await fromSector.getByRole("button", { name: /weghalen$/ }).click();
    await fromSector.waitFor({ state: "detached" });
    expect((await asAdmin(`/booklets/${booklet.id}`)).sharedStories).toEqual([]);
    await context.close();
  });
});
