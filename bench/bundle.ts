// How much JavaScript a phone downloads to show the public story form: every script the page
// actually loads in Chromium, each gzipped, summed.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

export async function benchBundle() {
  const server = await startBenchServer("pglite");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const { collection } = await seedCollection(server.baseUrl);
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const scripts = new Map<string, Buffer>();
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script") scripts.set(response.url(), await response.body());
    });
    await page.goto(`${server.baseUrl}/vertel/${collection.slug}`, { waitUntil: "networkidle" });
    await page.waitForSelector("textarea", { timeout: 15_000 });
    const files = [...scripts.entries()].map(([url, body]) => ({ file: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }));
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    return [
      ...files.map((f) => ({ file: f.file, "raw KB": f.raw / 1024, "gzip KB": f.gzip / 1024 })),
      { file: "total", "raw KB": files.reduce((s, f) => s + f.raw, 0) / 1024, "gzip KB": total / 1024 },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
