// How much JavaScript a phone downloads to show the public story form: every script the page
// actually loads in Chromium, each gzipped, summed; then the same with the form's service worker,
// which the page registers after it has loaded (its script and the Workbox runtime it imports).
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

/** Waits until the page's service worker runs; returns its script and the Workbox runtime it loads. */
async function serviceWorkerScripts(page: Page, baseUrl: string): Promise<[string, Buffer][]> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const fetchBody = async (url: string): Promise<[string, Buffer]> => [url, Buffer.from(await (await fetch(url)).arrayBuffer())];
  const worker = await fetchBody(`${baseUrl}/sw.js`);
  const runtime = /define\(\["\.\/(workbox-[\w]+)"/.exec(worker[1].toString("utf8"))?.[1];
  return runtime ? [worker, await fetchBody(`${baseUrl}/${runtime}.js`)] : [worker];
}

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
    const size = (url: string, body: Buffer) => ({ file: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    const files = [...scripts.entries()].map(([url, body]) => size(url, body));
    const worker = await serviceWorkerScripts(page, server.baseUrl);
    const row = (file: string, list: typeof files) => ({ file, "raw KB": list.reduce((s, f) => s + f.raw, 0) / 1024, "gzip KB": list.reduce((s, f) => s + f.gzip, 0) / 1024 });
    return [
      ...files.map((f) => row(f.file, [f])),
      row("total (the form)", files),
      ...worker.map(([url, body]) => row(`${new URL(url).pathname} (service worker)`, [size(url, body)])),
      row("total with the service worker", [...files, ...worker.map(([url, body]) => size(url, body))]),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
