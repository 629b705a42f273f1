// Telling a story on a computer with a mouse (no touch, no keyboard for the widgets): a click and a
// drag in the triad, a drag of the dyad's thumb, stones dragged from the list onto the square,
// clicked onto it and moved there. Where the mouse lands is worked out from the widgets' boxes, so
// the stored answers can be checked against the spot, not just their shape. Then "does not apply"
// on a stones question that already had a stone on it: the square empties and null is stored.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, DESKTOP, newPage } from "./support/browser.ts";
import { fillMinimal, storedStory } from "./support/tell.ts";

const env = appAndBrowserPerFile();

type Point = { x: number; y: number };

/** The screen point at fractions (fx, fy) of an element's box, measured from its top left. */
async function at(locator: Locator, fx: number, fy: number): Promise<Point> {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

const mouseClick = (page: Page, point: Point) => page.mouse.click(point.x, point.y);

async function mouseDrag(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function openForm(page: Page) {
  await page.goto(env.app.collection.publicUrl);
  await page.getByRole("heading", { level: 1, name: "Vertel je verhaal" }).waitFor();
}

async function send(page: Page) {
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByRole("heading", { level: 1, name: "Dank je wel voor je verhaal" }).waitFor();
}

describe("telling a story with a mouse on a computer", () => {
  it("places the triad point, the dyad value and stones where the mouse puts them", async () => {
    const { context, page } = await newPage(env.browser, DESKTOP);
    await openForm(page);
    await fillMinimal(page, "Met de muis verteld: het huisbezoek bracht de rust terug.");

    // Triad. The triangle's own box: its top corner is (0.5, 0) and its base runs along the bottom,
    // so a point at height fraction h of the box gives the top corner weight 1 - h.
    const triad = page.locator("#vp-q-wat_hielp svg[role=slider]");
    const triangle = page.locator("#vp-q-wat_hielp polygon");
    await mouseClick(page, await at(triangle, 0.5, 0.1));
    await expect.poll(() => triad.getAttribute("aria-valuetext")).toMatch(/^De regels en procedures \d+%/);
    expectNear(percents(await triad.getAttribute("aria-valuetext")), [90, 5, 5], 1);
    // Dragging the point takes it along: to x = 0.75, h = 0.9 gives [0.1, 0.2, 0.7].
    await mouseDrag(page, await at(triangle, 0.5, 0.1), await at(triangle, 0.75, 0.9));
    expectNear(percents(await triad.getAttribute("aria-valuetext")), [10, 20, 70], 1);

    // Dyad: the thumb starts in the middle, unanswered; drag it most of the way to the right.
    const dyad = page.locator("#vp-q-regie-range");
    await mouseDrag(page, await at(dyad, 0.5, 0.5), await at(dyad, 0.8, 0.5));
    await expect.poll(async () => Number(await dyad.inputValue())).toBeGreaterThan(70);
    const dyadValue = Number(await dyad.inputValue());
    expect(dyadValue).toBeLessThan(90);

    // Stones: drag "De inwoner" from the list onto the square, click the square for the next one
    // ("Ikzelf"), then drag the first marker to another spot. The square and the list below it fit
    // on the screen together, so measuring one does not scroll the other away.
    const area = page.locator("#vp-q-gevoel .vp-stones__area");
    const inwoner = page.getByRole("slider", { name: "De inwoner" });
    await page.locator("#vp-q-gevoel .vp-stones").scrollIntoViewIfNeeded();
    await mouseDrag(page, await at(inwoner, 0.5, 0.5), await at(area, 0.8, 0.2));
    expectNear(percents(await inwoner.getAttribute("aria-valuetext")), [80, 80], 1);
    await mouseClick(page, await at(area, 0.25, 0.75));
    expectNear(percents(await page.getByRole("slider", { name: "Ikzelf" }).getAttribute("aria-valuetext")), [25, 25], 1);
    const marker = area.locator(".vp-stones__marker", { hasText: "De inwoner" });
    await mouseDrag(page, await at(marker.locator(".vp-stones__dot"), 0.5, 0.5), await at(area, 0.6, 0.4));
    expectNear(percents(await inwoner.getAttribute("aria-valuetext")), [60, 60], 1);
    expect(await page.getByRole("slider", { name: "Mijn organisatie" }).getAttribute("aria-valuetext")).toBe("Nog niet geplaatst");
    expect(await area.locator(".vp-stones__marker").count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    await send(page);
    const { answers } = await storedStory(env.app, "Met de muis");
    expectNear(answers.wat_hielp as number[], [0.1, 0.2, 0.7], 0.01);
    expect(answers.regie).toBe(dyadValue / 100);
    const stones = answers.gevoel as Record<string, number[]>;
    expect(Object.keys(stones).sort()).toEqual(["ik", "inwoner"]);
    expectNear(stones.inwoner!, [0.6, 0.6], 0.01);
    expectNear(stones.ik!, [0.25, 0.25], 0.01);
    await context.close();
  });

  it("stores null for a stones question marked 'does not apply', after taking its stones off", async () => {
    const { context, page } = await newPage(env.browser, DESKTOP);
    await openForm(page);
    await fillMinimal(page, "Met de muis verteld, maar de stenen pasten niet bij dit verhaal.");
    const area = page.locator("#vp-q-gevoel .vp-stones__area");
    await mouseClick(page, await at(area, 0.5, 0.5));
    expect(await area.locator(".vp-stones__marker").count()).toBe(1);

    const notApplicable = page.locator("#vp-q-gevoel").getByLabel("Niet van toepassing");
    await page.locator("label[for='vp-q-gevoel-na']").click();
    expect(await notApplicable.isChecked()).toBe(true);
    expect(await area.locator(".vp-stones__marker").count()).toBe(0);
    expect(await page.getByRole("slider", { name: "De inwoner" }).getAttribute("aria-valuetext")).toBe("Nog niet geplaatst");

    await send(page);
    const { answers } = await storedStory(env.app, "stenen pasten niet");
    expect(answers.gevoel).toBeNull();
    expect(answers).not.toHaveProperty("wat_hielp");
    await context.close();
  });
});

/** The percentages in a value text ("Zeker 60%, Tevreden 25%" → [60, 25]). */
const percents = (text: string | null) => [...(text ?? "").matchAll(/(\d+)%/g)].map((m) => Number(m[1]));

/** Each number within `tolerance` of the expected one: the mouse lands on whole pixels. */
function expectNear(actual: number[], expected: number[], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]!), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance));
}
