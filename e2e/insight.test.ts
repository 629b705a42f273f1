// Insight a team lead can read: one triangle in every renderer (a story at each corner lands at the
// label of that corner on the telling form, the dashboard, the story page and the reflection), and
// screenshots of the dashboard, what works, the comparison and the reflection at phone and desktop
// width, saved in e2e/artifacts/ (git-ignored) to look at, each with zero axe violations.
import { mkdirSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage, PHONE } from "./support/browser.ts";
import { signIn, storedStories } from "./support/tell.ts";

const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;
const DESKTOP_WIDE = { viewport: { width: 1366, height: 900 } };
const LABELS = ["De regels en procedures", "Het contact met de inwoner", "De samenwerking met anderen"];
const CORNER: [number, number, number][] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
/** Stories at each corner: 4 at the first, 3 at the second, 2 at the third, so a cluster of dots names its corner. */
const AT_CORNER = [4, 3, 2];

let app: E2eApp;
let browser: Browser;

/** 60 stories: February–March and April–May 2025, the client's say (regie) higher after April. */
function seedLine(i: number) {
  const corner = i < 4 ? 0 : i < 7 ? 1 : i < 9 ? 2 : undefined;
  const late = i >= 30;
  // Unique per story, so the only clusters of dots are the stories at the corners.
  const spread = i / 200;
  return JSON.stringify({
    text: `Verhaal ${i} over wat hielp.`, consent: { research: true },
    toldAt: new Date(Date.UTC(2025, late ? 3 + (i % 2) : 1 + (i % 2), 1 + (i % 27), 10)).toISOString(),
    answers: {
      situatie: i % 3 ? "schulden" : "werk", aanpak: i % 2 ? "huisbezoek" : "maatwerk", uitkomst: i % 2 && i % 5 ? "beter" : "opgelost",
      wat_hielp: corner === undefined ? [0.2 + spread, 0.5 - spread / 2, 0.3 - spread / 2] : CORNER[corner],
      regie: (late ? 0.55 : 0.2) + (i % 5) * 0.05, gevoel_nu: 1 + (i % 5),
    },
  });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  const imported = await call(app.baseUrl, `/api/v1/collections/${app.collection.id}/story-imports`, {
    method: "POST", token: app.adminToken, headers: { "content-type": "application/x-ndjson" }, body: Array.from({ length: 60 }, (_, i) => seedLine(i)).join("\n"),
  });
  expect(imported.imported).toBe(60);
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

/**
 * The text of the label (of those given) nearest to the centre of a mark, measured on the page as
 * drawn; spaces left out, as a chart's wrapped lines join without them.
 */
async function nearestLabel(mark: Locator, labels: Locator[]): Promise<string> {
  const box = await mark.boundingBox();
  if (!box) throw new Error("the mark is not drawn");
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const distances = await Promise.all(labels.map(async (label) => {
    const b = (await label.boundingBox())!;
    const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
    const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
    return { text: (await label.textContent())!.replace(/\s/g, ""), distance: Math.hypot(dx, dy) };
  }));
  return distances.reduce((a, b) => (b.distance < a.distance ? b : a)).text;
}
const squeezed = (label: string) => label.replace(/\s/g, "");

/** The three corner labels of a TriadPlot or TriadInput (spans in the figure). */
const htmlCorners = (scope: Locator) => ["a", "b", "c"].map((k) => scope.locator(`.vp-triad__corner--${k}`));

async function shoot(page: Page, name: string, target?: Locator) {
  const path = `${ARTIFACTS}insight-${name}.png`;
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

describe("one triangle", () => {
  it("draws the stories at each corner on the dashboard at the label of that corner", async () => {
    const { context, page } = await newPage(browser, DESKTOP_WIDE);
    await signIn(page, app.baseUrl, app.admin, `/collections/${app.collection.id}/patterns`);
    const chart = page.locator("[data-signifier=wat_hielp]");
    await chart.locator("svg g[aria-label=dot]").waitFor();
    const dots = chart.locator("svg g[aria-label=dot] circle");
    await expect.poll(() => dots.count()).toBe(60);
    const labels = [0, 1, 2].map((k) => chart.locator("svg g.vp-triad-corner text").nth(k));
    // Dots at one spot form a cluster; the clusters of 4, 3 and 2 are the stories at corners 1, 2 and 3.
    const spots = await dots.evaluateAll((circles) => circles.map((c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`));
    const sizes = new Map<string, number>();
    for (const spot of spots) sizes.set(spot, (sizes.get(spot) ?? 0) + 1);
    for (const [k, size] of AT_CORNER.entries()) {
      const spot = [...sizes].find(([, n]) => n === size)![0];
      expect(await nearestLabel(dots.nth(spots.indexOf(spot)), labels)).toBe(squeezed(LABELS[k]!));
    }
    await context.close();
  });

  it("draws a story's own answer at the label of its corner on the story page", async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, app.baseUrl, app.admin, "/stories");
    const stories = await storedStories(app);
    for (const [k, text] of ["Verhaal 0 ", "Verhaal 4 ", "Verhaal 7 "].entries()) {
      const story = stories.find((s) => s.text.startsWith(text))!;
      expect(story.answers.wat_hielp).toEqual(CORNER[k]);
      await page.goto(`${app.baseUrl}/stories/${story.id}`);
      const plot = page.locator(".vp-triad-plot").filter({ has: page.locator(".vp-triad-plot__teller") }).first();
      await plot.waitFor();
      expect(await nearestLabel(plot.locator(".vp-triad-plot__teller"), htmlCorners(plot))).toBe(squeezed(LABELS[k]!));
    }
    await context.close();
  });

  it("puts the point at the corner whose share is typed as 100% on the telling form", async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(app.collection.publicUrl);
    const triad = page.locator("#vp-q-wat_hielp");
    for (const label of LABELS) {
      await triad.getByRole("spinbutton", { name: label }).fill("100");
      const point = triad.locator(".vp-triad__point circle");
      await point.waitFor();
      expect(await nearestLabel(point, htmlCorners(triad))).toBe(squeezed(label));
    }
    await context.close();
  });

  it("shows the teller their own story at the label of its corner in the reflection, and saves its picture", async () => {
    for (const [k, weights] of CORNER.entries()) {
      const told = await call<{ receiptUrl: string }>(app.baseUrl, `/api/v1/public-collections/${app.collection.slug}/stories`, {
        method: "POST", json: { text: `Nu verteld ${k}.`, answers: { situatie: "werk", aanpak: "maatwerk", uitkomst: "beter", wat_hielp: weights, regie: 0.4 }, consent: { research: true } },
      });
      for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP_WIDE]] as const) {
        if (size === "desktop" && k > 0) continue;
        const { context, page } = await newPage(browser, options);
        await page.goto(told.receiptUrl);
        const mine = page.locator(".vp-triad-plot__mine").first();
        await mine.waitFor();
        const plot = page.locator(".vp-triad-plot").filter({ has: mine }).first();
        expect(await nearestLabel(plot.locator(".vp-triad-plot__mine"), htmlCorners(plot))).toBe(squeezed(LABELS[k]!));
        if (k === 0) {
          await shoot(page, `reflection-${size}`);
          expect(await accessibilityViolations(page)).toEqual([]);
        }
        await context.close();
      }
    }
  });
});

describe("screens looked at", () => {
  for (const [size, options] of [["phone", PHONE], ["desktop", DESKTOP_WIDE]] as const) {
    it(`shows the dashboard, what works and the discoveries in plain words at ${size} width`, async () => {
      const { context, page } = await newPage(browser, options);
      await signIn(page, app.baseUrl, app.admin, `/collections/${app.collection.id}/patterns`);
      await page.locator("[data-signifier=gevoel_nu] svg").waitFor();
      await page.locator("[data-signifier=wat_hielp] svg").waitFor();
      const whatWorks = page.locator("section[aria-labelledby=wat-werkt]");
      await whatWorks.locator(".vp-said, [data-testid=not-yet]").first().waitFor();
      await page.locator("section[aria-labelledby=ontdekt] .vp-said").first().waitFor();
      // No chart text below the body size of the design tokens (16 px).
      const sizes = await page.locator(".vp-chart__plot svg text").evaluateAll((texts) => texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
      // Count axes in whole numbers.
      const ticks = await page.locator("[data-signifier=situatie] svg g[aria-label='x-axis tick label'] text").allTextContents();
      expect(ticks.length).toBeGreaterThan(1);
      expect(ticks.every((t) => /^\d+$/.test(t))).toBe(true);
      // Slider and scale histograms name their poles.
      expect(await page.locator("[data-signifier=regie] .vp-chart__poles").innerText()).toMatch(/Vooral|ik|inwoner/i);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(options.viewport.width);
      await shoot(page, `dashboard-${size}`);
      await shoot(page, `what-works-${size}`, whatWorks);
      await shoot(page, `triangle-${size}`, page.locator("[data-signifier=wat_hielp]"));
      await shoot(page, `choice-${size}`, page.locator("[data-signifier=aanpak]"));
      await shoot(page, `slider-${size}`, page.locator("[data-signifier=regie]"));
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });

    it(`compares before and after a date in plain words at ${size} width`, async () => {
      const { context, page } = await newPage(browser, options);
      await signIn(page, app.baseUrl, app.admin, `/collections/${app.collection.id}/periods`);
      await page.getByRole("radio", { name: "Vóór en na een maatregel" }).check();
      await page.getByLabel("Datum van de maatregel").fill("2025-04-01");
      await page.getByRole("button", { name: "Vergelijken" }).click();
      const result = page.getByTestId("comparison");
      const regie = result.locator("table.vp-periods__shifts tr[data-signifier=regie]");
      await regie.waitFor();
      expect(await regie.locator(".vp-said__sentence").innerText()).toBe("Dit verschil is bijna zeker geen toeval.");
      expect(await result.locator("table.vp-periods__shifts").innerText()).not.toMatch(/Hotelling|Aitchison/);
      expect(await result.getByTestId("not-yet").innerText()).toContain("nog 67 per groep");
      await result.locator("[data-shift=regie] svg").first().waitFor();
      await shoot(page, `comparison-${size}`);
      await shoot(page, `shift-${size}`, result.locator("[data-shift=wat_hielp]"));
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe("the staff menu", () => {
  it("keeps one row at 1366 px, with the admin pages under Beheer", async () => {
    const { context, page } = await newPage(browser, DESKTOP_WIDE);
    await signIn(page, app.baseUrl, app.admin, "/stories");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    const tops = await nav.locator(":scope > ul > li").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(5);
    expect(new Set(tops).size).toBe(1);
    const header = await page.locator(".vp-header__inner").boundingBox();
    expect(header!.height).toBeLessThan(80);
    await nav.getByRole("button", { name: "Beheer" }).click();
    await nav.getByRole("link", { name: "Mensen" }).click();
    await page.waitForURL((url) => url.pathname === "/members");
    await shoot(page, "menu-desktop", page.locator(".vp-header"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it("folds into a menu on a phone", async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, app.baseUrl, app.admin, "/stories");
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    const stories = nav.getByRole("link", { name: "Vertelpunten" });
    expect(await stories.isVisible()).toBe(false);
    const toggle = nav.getByRole("button", { name: "Menu" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await stories.isVisible()).toBe(true);
    await shoot(page, "menu-phone", page.locator(".vp-header"));
    expect(await accessibilityViolations(page)).toEqual([]);
    await stories.click();
    await page.waitForURL((url) => url.pathname === "/collections");
    expect(await stories.isVisible()).toBe(false);
    await context.close();
  });
});
