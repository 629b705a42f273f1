// One page load in Chromium as a person feels it: the time until the page is ready (a condition in
// the page, checked on every change of the DOM, so no polling delay counts), the requests it made
// by then, the bytes they took on the wire and the slowest of them. Network and CPU throttled
// through the DevTools protocol when a profile asks for it.
import type { BrowserContext, CDPSession } from "playwright-core";

export interface Profile {
  width: number;
  height: number;
  /** Network: download in bits per second and round trip in ms; CPU slowed down this many times. */
  downloadBps?: number;
  rttMs?: number;
  cpuSlowdown?: number;
}

/** Slow 4G on a cheap phone, as issue 17 gives it. */
export const SLOW_PHONE: Profile = { width: 390, height: 844, downloadBps: 1_600_000, rttMs: 150, cpuSlowdown: 4 };
export const DESKTOP: Profile = { width: 1366, height: 900 };

export interface Load {
  readyMs: number;
  requests: number;
  kilobytes: number;
  slowest: string;
}

interface RequestSeen {
  url: string;
  started: number;
  ended?: number;
  bytes: number;
}

async function throttle(cdp: CDPSession, profile: Profile) {
  await cdp.send("Network.enable");
  if (profile.downloadBps) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: profile.rttMs ?? 0, downloadThroughput: profile.downloadBps / 8, uploadThroughput: 750_000 / 8,
    });
  }
  if (profile.cpuSlowdown) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
}

function recordRequests(cdp: CDPSession) {
  const seen = new Map<string, RequestSeen>();
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!e.request.url.startsWith("data:")) seen.set(e.requestId, { url: e.request.url, started: e.timestamp, bytes: 0 });
  });
  cdp.on("Network.dataReceived", (e) => {
    const request = seen.get(e.requestId);
    if (request) request.bytes += e.encodedDataLength;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const request = seen.get(e.requestId);
    // encodedDataLength at the end counts the headers too: the whole answer on the wire.
    if (request) [request.ended, request.bytes] = [e.timestamp, Math.max(request.bytes, e.encodedDataLength)];
  });
  cdp.on("Network.loadingFailed", (e) => {
    const request = seen.get(e.requestId);
    if (request) request.ended = e.timestamp;
  });
  return seen;
}

/** Records when `isReady` (run in the page, on every DOM change) first holds, as ms since navigation start. */
function readyProbe(isReady: string) {
  return `(() => {
    const check = () => {
      if (window.__readyAt === undefined && (${isReady})()) window.__readyAt = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

const shortUrl = (url: string) => {
  const { pathname, search } = new URL(url);
  const path = pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{id}") + search;
  return path.length > 48 ? `${path.slice(0, 45)}…` : path;
};

/**
 * Opens `url` in a page of `context` (a fresh context is a cold cache; the same one again is warm)
 * and waits until `isReady` holds.
 */
export async function measureLoad(context: BrowserContext, url: string, profile: Profile, isReady: string, timeoutMs = 180_000): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: profile.width, height: profile.height });
    const cdp = await context.newCDPSession(page);
    const seen = recordRequests(cdp);
    await throttle(cdp, profile);
    await page.addInitScript(readyProbe(isReady));
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
    const readyMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    const startedAt = Math.min(...[...seen.values()].map((r) => r.started));
    const before = [...seen.values()].filter((r) => (r.started - startedAt) * 1000 <= readyMs);
    const timed = before.filter((r) => r.ended !== undefined).map((r) => ({ url: r.url, ms: (r.ended! - r.started) * 1000 }));
    const slowest = timed.sort((a, b) => b.ms - a.ms)[0];
    return {
      readyMs,
      requests: before.length,
      kilobytes: before.reduce((sum, r) => sum + r.bytes, 0) / 1024,
      slowest: slowest ? `${shortUrl(slowest.url)} ${Math.round(slowest.ms)} ms` : "",
    };
  } finally {
    await page.close();
  }
}
