// Screenshots written as test artifacts (e2e/artifacts/<folder>/<name>-<width>.png, git-ignored), so
// a person can look at each screen at phone and desktop width after a run.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

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
