// "Perioden vergelijken" in a browser: two listening rounds compared per question (the shift, the
// test, the effect size and the q-value on the page are the API's), the trend switched from weeks to
// months, the cohort of clients' first and latest answers for an analyst, small groups hidden from a
// colleague (who gets no cohort), and no axe violations (WCAG 2.1 A/AA).
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

let app: E2eApp;
let browser: Browser;
let analyst: { context: BrowserContext; page: Page };
const rounds: Record<"spring" | "summer", string> = { spring: "", summer: "" };
const PER_ROUND = 24;

const told = (month: number, i: number) => new Date(Date.UTC(2025, month + (i % 3), 1 + i, 10)).toISOString();
// Spring (January–March 2025): the client has little say (regie low), mostly about debts, two about
// housing and two about work. Summer (April–June): regie high, half about work. Clients 0–9 tell a
// story in both rounds, their outlook (gevoel_nu) two points higher the second time.
function seedLine(round: "spring" | "summer", i: number) {
  const spring = round === "spring";
  const situatie = spring ? (i < 20 ? "schulden" : i < 22 ? "wonen" : "werk") : i % 2 ? "werk" : "schulden";
  return JSON.stringify({
    text: `Verhaal ${round} ${i}.`, consent: { research: true }, toldAt: told(spring ? 0 : 3, i), ...(i < 10 ? { subjectRef: `KLANT-${i}` } : {}),
    answers: {
      situatie, aanpak: i % 2 ? "huisbezoek" : "maatwerk", uitkomst: i % 3 ? "beter" : "opgelost",
      regie: (spring ? 0.1 : 0.6) + (i % 5) * 0.05, gevoel_nu: (spring ? 1 : 3) + (i % 3),
    },
  });
}

const api = <T = any>(path: string) => call<T>(app.baseUrl, `/api/v1/collections/${app.collection.id}/${path}`, { token: app.adminToken });
const nl = (value: number, digits: number) => new Intl.NumberFormat("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
/** As the page writes p- and q-values (patterns/labels.ts formatQ). */
const q = (value: number | null) => (value === null ? "–" : value < 0.001 ? `< ${nl(0.001, 3)}` : nl(value, 3));
const upTo2 = (value: number) => new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }).format(value);
const percent = (share: number) => `${nl(share * 100, 0)}%`;
const cells = (row: Locator) => row.locator("td").allInnerTexts();

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  const round = async (name: string, startsAt: string, endsAt: string) =>
    (await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/listening-rounds`, { method: "POST", token: app.adminToken, json: { name, startsAt, endsAt } })).id as string;
  rounds.spring = await round("Voorjaar 2025", "2025-01-01T00:00:00Z", "2025-04-01T00:00:00Z");
  rounds.summer = await round("Zomer 2025", "2025-04-01T00:00:00Z", "2025-07-01T00:00:00Z");
  const lines = (["spring", "summer"] as const).flatMap((r) => Array.from({ length: PER_ROUND }, (_, i) => seedLine(r, i)));
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: lines.join("\n"),
  });
  expect(imported.imported).toBe(lines.length);
  analyst = await newPage(browser);
  await signIn(analyst.page, app.baseUrl, await addMember(app, "analyst", "Analist"), `/collections/${app.collection.id}/patterns`);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

describe("comparing periods", () => {
  it("is reached from the patterns dashboard", async () => {
    const { page } = analyst;
    await page.getByRole("link", { name: "Perioden vergelijken" }).click();
    await page.getByRole("heading", { level: 1, name: "Perioden vergelijken: Bench" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/collections/${app.collection.id}/periods`);
  });

  it("compares two listening rounds: shift, test, effect size and q-value as the API answers", async () => {
    const { page } = analyst;
    await page.getByRole("combobox", { name: "Eerste ronde (A)" }).selectOption({ label: "Voorjaar 2025" });
    await page.getByRole("combobox", { name: "Tweede ronde (B)" }).selectOption({ label: "Zomer 2025" });
    await page.getByRole("button", { name: "Vergelijken" }).click();
    const result = page.getByTestId("comparison");
    const row = (id: string) => result.locator(`table.vp-periods__shifts tr[data-signifier=${id}]`);
    await row("regie").waitFor();
    expect(await page.locator("#verschuivingen").evaluate((h) => h === document.activeElement)).toBe(true);

    const answer = await api(`comparisons?a=${rounds.spring}&b=${rounds.summer}`);
    expect(answer.b.roundId).toBe(rounds.summer);
    const regie = answer.shifts.find((s: { signifierId: string }) => s.signifierId === "regie");
    // Every summer answer lies above every spring answer: U = 24 · 24, rank-biserial r = 1.
    expect(regie).toMatchObject({ method: "mannWhitney", nA: PER_ROUND, nB: PER_ROUND, statistic: PER_ROUND * PER_ROUND, effect: { measure: "rankBiserial", value: 1 } });
    // Plain words first, the test and its numbers one click away.
    const [nA, nB, , sure] = await cells(row("regie"));
    expect([nA, nB]).toEqual([String(regie.nA), String(regie.nB)]);
    expect(sure).toMatch(/^Dit verschil is bijna zeker geen toeval\./);
    const fact = (id: string, label: string) => row(id).locator(".vp-facts__row", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").innerText();
    await row("regie").locator("summary").click();
    expect(await fact("regie", "Toets")).toMatch(new RegExp(`^Mann-Whitneytoets\\s+U = ${upTo2(regie.statistic)}$`));
    expect(await fact("regie", "Effectgrootte")).toBe(`rangbiseriële r = ${nl(regie.effect.value, 2)}`);
    expect([await fact("regie", "p-waarde"), await fact("regie", "q-waarde")]).toEqual([q(regie.pValue), q(regie.qValue)]);

    const situatie = answer.shifts.find((s: { signifierId: string }) => s.signifierId === "situatie");
    const werk = situatie.options.find((o: { id: string }) => o.id === "werk");
    expect([werk.shareA, werk.shareB]).toEqual([2 / 24, 0.5]);
    const [, , shift] = await cells(row("situatie"));
    expect(shift).toBe(`Werk of een plek om mee te doen: ${percent(werk.shareA)} → ${percent(werk.shareB)}`);
    await row("situatie").locator("summary").click();
    expect(await fact("situatie", "Toets")).toContain(`X² = ${upTo2(situatie.statistic)}`);
    expect(await fact("situatie", "q-waarde")).toBe(q(situatie.qValue));
    // Too few stories for a 20-point difference: how many more (power.prop.test: 97 per group).
    expect(await result.getByTestId("not-yet").innerText()).toContain("ongeveer 97 verhalen per groep nodig: nog 73 per groep");
    expect(await result.innerText()).toMatch(/A: Voorjaar 2025 \(.*\)\. B: Zomer 2025 \(.*\)\./);

    // A chart per question: bars for a choice, two points for a mean.
    await result.locator("[data-shift=situatie] svg").first().waitFor();
    expect(await result.locator("[data-shift=regie] svg circle").count()).toBe(2);
    await result.locator("[data-shift=situatie] summary").click();
    expect(await cells(result.locator("[data-shift=situatie] tbody tr", { hasText: "Werk of een plek" }))).toEqual(
      expect.arrayContaining([percent(werk.shareA), percent(werk.shareB)]),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("compares before and after the date of a measure", async () => {
    const { page } = analyst;
    await page.getByRole("radio", { name: "Vóór en na een maatregel" }).check();
    await page.getByLabel("Datum van de maatregel").fill("2025-04-01");
    await page.getByRole("button", { name: "Vergelijken" }).click();
    await expect.poll(() => page.getByTestId("comparison").innerText()).toContain("A: vóór 1 april 2025. B: vanaf 1 april 2025.");
    const [nA, nB] = await cells(page.locator("[data-testid=comparison] table.vp-periods__shifts tr[data-signifier=regie]"));
    expect([nA, nB]).toEqual([String(PER_ROUND), String(PER_ROUND)]);
  });

  it("shows the trend per week, and per month when switched, with the numbers of the API", async () => {
    const { page } = analyst;
    const trend = page.getByTestId("trend");
    const rows = () => trend.locator("tbody tr");
    const weeks = await api("trends?interval=week");
    await expect.poll(() => rows().count()).toBe(weeks.buckets.length);
    await trend.getByRole("radio", { name: "Maand" }).check();
    const months = await api("trends?interval=month");
    await expect.poll(() => trend.locator("tbody th").allTextContents()).toEqual(
      ["januari 2025", "februari 2025", "maart 2025", "april 2025", "mei 2025", "juni 2025"],
    );
    expect(await trend.locator("tbody td:first-of-type").allTextContents()).toEqual(months.buckets.map((b: { n: number }) => String(b.n)));
    await trend.getByRole("combobox", { name: "Vraag" }).selectOption({ label: "Wie had de regie?" });
    const regie = await api("trends?interval=month&signifier=regie");
    await expect.poll(() => trend.locator("tbody td:last-of-type").allTextContents()).toEqual(regie.buckets.map((b: { mean: number }) => percent(b.mean)));
    await trend.locator("[data-chart-type=mean] svg").first().waitFor();
    await trend.locator("summary").click();
    await trend.getByRole("combobox", { name: "Vraag" }).selectOption({ label: "Waar ging het vooral over?" });
    await trend.locator("[data-chart-type=stack] svg").first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows an analyst the cohort: first against latest answer per client, with the paired test", async () => {
    const { page } = analyst;
    const cohort = page.getByTestId("cohort");
    await cohort.getByRole("combobox", { name: "Vraag met een schuif of een schaal" }).selectOption({ label: "Hoe kijk je nu terug op dit verhaal?" });
    const answer = await api("cohorts?signifier=gevoel_nu");
    expect(answer).toMatchObject({ clients: 10, rose: 10, fell: 0, same: 0 });
    const fact = (label: string) => cohort.locator("tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${label}$`) }) }).locator("td").textContent();
    await expect.poll(() => fact("Cliënten")).toBe("10");
    expect(await fact("Omhoog")).toBe(String(answer.rose));
    expect(await fact("V")).toBe(String(answer.test.v));
    expect(await fact("p-waarde")).toBe(q(answer.test.pValue));
    expect(await fact("rangbiseriële r")).toBe(nl(answer.test.rankBiserial, 2));
    expect(await cohort.locator("svg").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a colleague small groups as hidden, and no cohort", async () => {
    const colleague = await newPage(browser);
    const { page } = colleague;
    await signIn(page, app.baseUrl, await addMember(app, "colleague", "Collega"), `/collections/${app.collection.id}/periods`);
    await page.getByRole("button", { name: "Vergelijken" }).click();
    const card = page.locator("[data-shift=situatie]");
    await card.locator("summary").click();
    // Two spring stories were about housing: fewer than k = 5, so the share is hidden.
    expect(await cells(card.locator("tbody tr", { hasText: "Wonen" }))).toEqual(["verborgen", "0%", "verborgen"]);
    expect(await page.getByTestId("comparison").innerText()).toContain("verborgen");
    expect(await page.getByTestId("cohort").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await colleague.context.close();
  });
});
