// Telling without a connection (issue 20): the public form opens again offline with its framework,
// stories told offline wait on the device (sealed) and arrive exactly once when the connection is
// back, and nothing readable of them stays behind.
import type { BrowserContext, Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { fillMinimal, storedStories } from "./support/tell.ts";

const env = appAndBrowserPerFile();

/** Waits until the form's service worker runs and has kept this page for offline use. */
async function keptOffline(page: Page) {
  // Polled from here: waitForFunction takes a returned promise for a truthy answer.
  await expect.poll(() => page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active?.state !== "activated") return false;
    // The cache exists as soon as it is opened, before the page is in it: ask for the page itself.
    const kept = async (cacheName: string, url: string) =>
      (await caches.keys()).includes(cacheName) && Boolean(await (await caches.open(cacheName)).match(url, { ignoreVary: true }));
    const slug = location.pathname.split("/").pop()!;
    return (await kept("vp-public-forms", location.pathname + location.search))
      && (await kept("vp-public-collections", `/api/v1/public-collections/${slug}`));
  }), { timeout: 30_000, interval: 250 }).toBe(true);
}

/** Every record in the outbox's IndexedDB stores, as raw as the device holds them (bytes as text). */
function rawOutbox(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("vertelpunt-outbox");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) => new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const bytesAsText = (_: string, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? new TextDecoder("utf-8", { fatal: false }).decode(value as ArrayBuffer) : value;
    const entries = await all("entries");
    const keys = (await all("keys")) as CryptoKey[];
    const exported = await Promise.all(keys.map((key) => crypto.subtle.exportKey("raw", key).then(() => "exported", () => "refused")));
    db.close();
    return { entries: entries.length, dump: JSON.stringify(entries, bytesAsText), keys: keys.map((k) => ({ extractable: k.extractable, algorithm: k.algorithm.name })), exported };
  });
}

const waiting = (page: Page) => page.locator(".vp-outbox__waiting");

async function tellOffline(page: Page, text: string) {
  await fillMinimal(page, text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByRole("heading", { level: 1, name: "Je verhaal is bewaard" }).waitFor();
}

function storyPosts(context: BrowserContext) {
  const keys: string[] = [];
  context.on("request", (r: Request) => {
    if (r.method() === "POST" && r.url().endsWith("/stories")) keys.push(r.headers()["idempotency-key"]!);
  });
  return keys;
}

describe("the story form without a connection", () => {
  it("opens offline with its framework, keeps two stories waiting and sends each exactly once", async () => {
    const { context, page } = await newPage(env.browser);
    const posts = storyPosts(context);
    await page.goto(env.app.collection.publicUrl);
    await page.getByLabel("Schrijf hier je verhaal").waitFor();
    await keptOffline(page);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // The framework came along: its prompt and its questions are there.
    await page.getByLabel("Vertel over een moment waarop de regels").waitFor();
    expect(await page.locator("label[for='vp-q-situatie-wonen']").count()).toBe(1);
    // Only the public form's data comes from the cache; every other API answer needs the server.
    const offlineAnswer = (path: string) => page.evaluate((p) => fetch(p).then((r) => r.status, () => "no answer"), path);
    expect(await offlineAnswer(`/api/v1/public-collections/${env.app.collection.slug}`)).toBe(200);
    expect(await offlineAnswer("/api/v1/health")).toBe("no answer");
    expect(await offlineAnswer(`/api/v1/collections/${env.app.collection.id}`)).toBe("no answer");

    const first = "Offline verteld aan de keukentafel, verhaal een.";
    const second = "Offline verteld in de kelder, verhaal twee.";
    await tellOffline(page, first);
    await expect.poll(() => waiting(page).textContent()).toContain("1 verhaal wacht op verzending");
    await page.getByRole("button", { name: "Nog een verhaal vertellen" }).click();
    await tellOffline(page, second);
    await expect.poll(() => waiting(page).textContent()).toContain("2 verhalen wachten op verzending");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Nog een verhaal vertellen" }).click();
    await waiting(page).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await storedStories(env.app)).not.toContainEqual(expect.objectContaining({ text: first }));

    await context.setOffline(false);
    await waiting(page).waitFor({ state: "detached", timeout: 20_000 });
    const stored = await storedStories(env.app);
    expect(stored.filter((s) => s.text === first)).toHaveLength(1);
    expect(stored.filter((s) => s.text === second)).toHaveLength(1);
    expect(new Set(posts).size).toBe(2);
    const raw = await rawOutbox(page);
    expect(raw.entries).toBe(0);
    expect(raw.dump).not.toContain("keukentafel");
    expect(await page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]))).not.toMatch(/keukentafel|kelder/);
    await context.close();
  });

  it("in kiosk mode keeps a waiting story sealed under a key that cannot be read out, and deletes it once sent", async () => {
    const { context, page } = await newPage(env.browser, { viewport: { width: 800, height: 1280 }, hasTouch: true });
    await page.goto(`${env.app.collection.publicUrl}?kiosk=1&kioskReset=2`);
    const start = page.getByRole("button", { name: "Begin met vertellen" });
    await start.waitFor();
    await keptOffline(page);

    await context.setOffline(true);
    await start.click();
    const text = "Wachtkamerverhaal dat versleuteld moet wachten.";
    await tellOffline(page, text);
    const raw = await rawOutbox(page);
    expect(raw.entries).toBe(1);
    expect(raw.dump).not.toContain("Wachtkamerverhaal");
    expect(raw.dump).not.toContain("versleuteld moet wachten");
    expect(raw.keys).toEqual([{ extractable: false, algorithm: "AES-GCM" }]);
    expect(raw.exported).toEqual(["refused"]);
    expect(await page.evaluate(() => JSON.stringify([{ ...sessionStorage }, { ...localStorage }]))).not.toContain("Wachtkamerverhaal");

    await context.setOffline(false);
    await waiting(page).waitFor({ state: "detached", timeout: 20_000 });
    const stored = (await storedStories(env.app)).filter((s) => s.text === text);
    expect(stored.map((s) => s.channel)).toEqual(["kiosk"]);
    expect((await rawOutbox(page)).entries).toBe(0);
    await context.close();
  });
});
