// `npm run bench -- form`: the public story form on a slow phone (issue 20), the median of
// BENCH_FORM_RUNS loads (default 5): a first visit (cold cache, no service worker yet: all of it
// over throttled slow 4G), and a visit without any connection, the form then coming from its
// service worker. Interactive = the story text field is there: React has rendered the form, so its
// handlers are attached. The service worker's own requests are not throttled by Chromium's page
// emulation, which is why a warm online visit is left out: it would look faster than it is.
import { chromium, type Page } from "playwright-core";
import { seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";
import { measureLoad, SLOW_PHONE } from "./lib/page-timing.ts";

const RUNS = Number(process.env.BENCH_FORM_RUNS ?? 5);
const READY = "() => document.querySelector('textarea')";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Until the service worker runs and holds the form page (offline.ts keeps it after the first load). */
async function keptOffline(page: Page) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const kept = await page.evaluate(async () => navigator.serviceWorker.controller !== null && (await (await caches.open("vp-public-forms")).keys()).length > 0);
    if (kept) return;
  }
  throw new Error("the service worker did not keep the form");
}

export async function benchForm() {
  const server = await startBenchServer("pglite");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const { collection } = await seedCollection(server.baseUrl);
    const url = `${server.baseUrl}/vertel/${collection.slug}`;
    const cold: number[] = [];
    const offline: number[] = [];
    // One untimed round first: the server's and Chromium's first-time costs.
    for (let run = -1; run < RUNS; run++) {
      const context = await browser.newContext();
      try {
        const first = await measureLoad(context, url, SLOW_PHONE, READY);
        const page = await context.newPage();
        await page.goto(url);
        await keptOffline(page);
        await page.close();
        await context.setOffline(true);
        const again = await measureLoad(context, url, SLOW_PHONE, READY);
        if (run >= 0) [cold.push(first.readyMs), offline.push(again.readyMs)];
      } finally {
        await context.close();
      }
    }
    const row = (visit: string, times: number[], target: string) =>
      ({ visit, "interactive ms (median)": Math.round(median(times)), min: Math.round(Math.min(...times)), max: Math.round(Math.max(...times)), target });
    return [row("first visit, slow 4G, cold cache", cold, "≤ 3000 ms"), row("offline, from the service worker", offline, "")];
  } finally {
    await browser.close();
    await server.stop();
  }
}
