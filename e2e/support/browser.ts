// Debian's Chromium driven by playwright-core (no browser download), with axe-core checks for
// WCAG 2.1 AA.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `extraArgs`: e.g. a fake microphone (voice.ts). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

export async function newPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "nl-NL", ...options });
  return { context, page: await context.newPage() };
}

/**
 * Violations of WCAG 2.0/2.1 A and AA on the page as it is now, as readable lines. Legacy mode runs
 * axe in the page in one go instead of frame by frame with a blank page to merge the results: the
 * same rules, two to three times faster, and the app has no iframes. Only violations are worked out
 * in full; passes are not reported anyway.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(true).options({ resultTypes: ["violations"] }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * At the given width, the elements that stick out on the right so the page scrolls sideways (what a
 * phone user would have to scroll to), as "tag.class left–right"; empty when the page fits. Tables
 * inside their own scroll box (.vp-table-scroll) may be wider: that box scrolls, not the page.
 */
export async function sidewaysOverflow(page: Page, width = 390): Promise<string[]> {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height: 844 });
  await page.waitForTimeout(100);
  const found = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    return Array.from(document.querySelectorAll("body *")).flatMap((el) => {
      const box = el.getBoundingClientRect();
      const inScrollBox = el.closest(".vp-table-scroll") !== null && !el.classList.contains("vp-table-scroll");
      return box.right > limit + 1 && !inScrollBox ? [`${el.tagName.toLowerCase()}.${String(el.className).split(" ").join(".")} ${Math.round(box.left)}–${Math.round(box.right)}`] : [];
    }).slice(0, 10);
  });
  if (before) await page.setViewportSize(before);
  return found;
}
