// Screenshots written as test artifacts (e2e/artifacts/<folder>/<name>-<width>.png, git-ignored), so
// a person can look at each screen at phone and desktop width after a run.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { accessibilityViolations, sidewaysOverflow } from "./browser.ts";

const ARTIFACTS = join(import.meta.dirname, "..", "artifacts");
const WIDTHS = { 390: { width: 390, height: 844 }, 1366: { width: 1366, height: 900 } } as const;

/** The whole page at 390 and 1366 px, once it has settled after each resize; the size is put back. */
export async function screenshotsAtBothWidths(page: Page, folder: string, name: string) {
  const before = page.viewportSize();
  mkdirSync(join(ARTIFACTS, folder), { recursive: true });
  for (const [width, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(ARTIFACTS, folder, `${name}-${width}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/**
 * What a screen test asks of every page it passes: no axe violations (WCAG 2.1 A/AA) and nothing
 * scrolling sideways, at 390 and at 1366 px; then its screenshots at both widths.
 */
export async function checkedAtBothWidths(page: Page, folder: string, name: string) {
  const before = page.viewportSize();
  for (const [width, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100); // charts redraw at the new width
    expect(await accessibilityViolations(page), `${name} at ${width}px`).toEqual([]);
    expect(await sidewaysOverflow(page, size.width), `${name} scrolls sideways at ${width}px`).toEqual([]);
  }
  if (before) await page.setViewportSize(before);
  await screenshotsAtBothWidths(page, folder, name);
}
