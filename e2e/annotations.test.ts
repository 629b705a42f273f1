// Marking passages while interpreting a story: a colleague selects words in the story text with the
// mouse and presses "Markeer geselecteerde tekst", types another passage and presses Enter (the way
// without a mouse), writes a comment on each and saves the reading. The API then holds both with
// offsets into the story text, and the story page shows them highlighted with their comments. Axe
// checks the form and the page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../src/testing/spawn-server.ts";
import { addMember, type E2eApp, startE2eApp } from "./support/app.ts";
import { accessibilityViolations, launchBrowser, newPage } from "./support/browser.ts";
import { signIn } from "./support/tell.ts";

const TEXT = "Op maandag belde de inwoner over de huur.\nWe gingen samen op huisbezoek en maakten een plan.\nDaarna werd het rustiger in huis.";

let app: E2eApp;
let browser: Browser;
let colleague: { email: string; password: string };
let storyId: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startE2eApp(), launchBrowser()]);
  colleague = await addMember(app, "colleague", "Carla Collega");
  storyId = (await call<{ id: string }>(app.baseUrl, `/api/v1/collections/${app.collection.id}/stories`, {
    method: "POST", token: app.adminToken,
    json: { text: TEXT, answers: { situatie: "wonen", aanpak: "huisbezoek", uitkomst: "beter" }, consent: { research: true } },
  })).id;
});
afterAll(async () => {
  await browser?.close();
  await app?.server.stop();
});

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator(".vp-loading").first().waitFor({ state: "detached" });
}

/** Selects words of the story text as a person does: press at the first letter, drag to the last. */
async function dragOver(page: Page, words: string) {
  await page.locator("#verhaaltekst").scrollIntoViewIfNeeded();
  const { from, to } = await page.evaluate((w) => {
    const node = document.getElementById("verhaaltekst")!.firstChild!;
    const at = node.textContent!.indexOf(w);
    const box = (start: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      return range.getBoundingClientRect();
    };
    const first = box(at);
    const last = box(at + w.length - 1);
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, words);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

const focusedLabel = (page: Page) => page.evaluate(() => {
  const id = document.activeElement?.id;
  return id ? document.querySelector(`label[for="${id}"]`)?.textContent : undefined;
});

describe("marking passages of a story", () => {
  it("stores a selected and a typed passage with comments, and shows them highlighted on the story page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, app.baseUrl, colleague, `/stories/${storyId}`);
    await settled(page);
    const markSelection = page.getByRole("button", { name: "Markeer geselecteerde tekst" });

    // Nothing selected yet: the button says what to do.
    await markSelection.click();
    await page.getByRole("alert").filter({ hasText: "Selecteer eerst een stuk tekst in het verhaal." }).waitFor();

    // With the mouse: select, press the button, and write the comment where focus lands.
    await dragOver(page, "samen op huisbezoek");
    await markSelection.click();
    expect(await page.locator(".vp-passage-picker__item mark").allInnerTexts()).toEqual(["samen op huisbezoek"]);
    expect(await focusedLabel(page)).toContain("Opmerking bij markering 1");
    await page.keyboard.type("Hier kantelde het.");

    // Without a mouse: type the words (spacing and case need not match) and press Enter.
    const typed = page.getByLabel("Of typ een stuk tekst uit het verhaal");
    await typed.fill("niet in dit verhaal");
    await typed.press("Enter");
    await page.getByRole("alert").filter({ hasText: "Dit stuk tekst staat niet in het verhaal." }).waitFor();
    await typed.fill("daarna werd het   rustiger");
    await typed.press("Enter");
    expect(await page.locator(".vp-passage-picker__item mark").allInnerTexts()).toEqual(["samen op huisbezoek", "Daarna werd het rustiger"]);
    expect(await typed.inputValue()).toBe("");
    expect(await focusedLabel(page)).toContain("Opmerking bij markering 2");
    await page.keyboard.type("Rust na het plan.");

    // A third one, taken off again before saving.
    await typed.fill("de huur");
    await page.getByRole("button", { name: "Zoek en markeer" }).click();
    await page.getByRole("button", { name: "Verwijder markering 3" }).click();
    expect(await page.locator(".vp-passage-picker__item").count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Duiding opslaan" }).click();
    await page.getByText("Je duiding is opgeslagen.").waitFor();

    const stored = await call<{ items: { annotations: unknown[] }[] }>(app.baseUrl, `/api/v1/stories/${storyId}/interpretations`, { token: app.adminToken });
    const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
    expect(stored.items.map((i) => i.annotations)).toEqual([[
      { ...at("samen op huisbezoek"), comment: "Hier kantelde het." },
      { ...at("Daarna werd het rustiger"), comment: "Rust na het plan." },
    ]]);

    // On the story page, as anyone opening it later sees them.
    await page.reload();
    await settled(page);
    const shown = page.locator(".vp-passages__item");
    expect(await shown.locator("mark.utrecht-mark").allInnerTexts()).toEqual(["samen op huisbezoek", "Daarna werd het rustiger"]);
    expect(await shown.locator("blockquote").first().innerText()).toContain("We gingen samen op huisbezoek en maakten een plan.");
    expect(await shown.locator("blockquote").first().getAttribute("lang")).toBe("nl");
    expect(await shown.locator(".vp-passages__comment").allInnerTexts()).toEqual(["Jij: Hier kantelde het.", "Jij: Rust na het plan."]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("recording a follow-up with personal data in it", () => {
  it("shows what will be removed first, at 390 and 1366 px, and records it redacted on the second press", async () => {
    const shots = process.env.SCREENSHOT_DIR;
    for (const width of [1366, 390]) {
      const { context, page } = await newPage(browser, { viewport: { width, height: 900 } });
      await signIn(page, app.baseUrl, colleague, `/stories/${storyId}`);
      await settled(page);
      await page.getByLabel("Wat is er gedaan of gezegd?").fill(`Ik heb met jan de vries gebeld op 12-03-2025 (${width}).`);
      await page.getByRole("button", { name: "Vastleggen" }).click();
      const check = page.getByRole("region", { name: "Dit halen we weg bij het opslaan" });
      await check.waitFor();
      expect(await check.locator("mark").allInnerTexts()).toEqual(["[naam]", "[datum]"]);
      expect(await accessibilityViolations(page)).toEqual([]);
      if (shots) await page.locator("section", { has: check }).first().screenshot({ path: `${shots}/follow-up-check-${width}.png` });
      await page.getByRole("button", { name: "Vastleggen" }).click();
      await page.getByText("Vastgelegd. De verteller ziet dit.").waitFor();
      await context.close();
    }
    const followUps = await call<{ items: { text: string }[] }>(app.baseUrl, `/api/v1/stories/${storyId}/follow-ups`, { token: app.adminToken });
    expect(followUps.items.map((f) => f.text).filter((t) => t.startsWith("Ik heb met"))).toEqual(
      expect.arrayContaining(["Ik heb met [naam] gebeld op [datum] (1366).", "Ik heb met [naam] gebeld op [datum] (390)."]),
    );
  });
});
