// Renders the installable form's icons (src/web/public/icons/icon.svg) to the PNG sizes a web app
// manifest needs, in Debian's Chromium. Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const dir = "src/web/public/icons";
const svg = readFileSync(`${dir}/icon.svg`, "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `${dir}/icon-${size}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
