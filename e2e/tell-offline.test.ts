// Telling without a connection (issue 20): the public form opens again offline with its framework,
// stories told offline wait on the device (sealed), spoken ones with their recording, and arrive
// exactly once when the connection is back, and nothing readable of them stays behind. The browser's
// microphone is Chromium's fake one, speaking a Dutch sentence (support/voice.ts).
import type { BrowserContext, Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";
import { call } from "../src/testing/spawn-server.ts";
import { fillMinimal, storedStories } from "./support/tell.ts";

const env = appAndBrowserPerFile({ microphone: true });

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

/** The length each new recording upload announced (tus creation: POST with Upload-Length). */
function uploadsCreated(context: BrowserContext) {
  const lengths: number[] = [];
  context.on("request", (r: Request) => {
    if (r.method() === "POST" && r.url().endsWith("/recording-uploads")) lengths.push(Number(r.headers()["upload-length"]));
  });
  return lengths;
}

/** Records a few seconds from the fake microphone and agrees to keep the recording. */
async function record(page: Page) {
  await page.getByRole("button", { name: "Start opnemen" }).click();
  await page.getByRole("button", { name: "Stop opnemen" }).waitFor();
  await page.waitForTimeout(3000);
  await page.getByRole("button", { name: "Stop opnemen" }).click();
  await page.getByRole("button", { name: "Luister terug" }).waitFor();
  await page.getByLabel("Mijn opname mag bewaard worden.").check();
}

interface StoredRecording {
  complete: boolean;
  sizeBytes: number;
  mimeType: string;
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

  it("keeps a spoken story waiting with its recording through a reload offline, and sends every story and recording exactly once", async () => {
    const { context, page } = await newPage(env.browser);
    const posts = storyPosts(context);
    const uploads = uploadsCreated(context);
    const before = (await storedStories(env.app)).length;
    await page.goto(env.app.collection.publicUrl);
    await page.getByLabel("Schrijf hier je verhaal").waitFor();
    await keptOffline(page);

    // Record, then the connection goes: the spoken story (no text) waits with its audio.
    await fillMinimal(page, "");
    await record(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByRole("heading", { level: 1, name: "Je verhaal is bewaard" }).waitFor();
    const sealed = await rawOutbox(page);
    expect(sealed.entries).toBe(1);
    // The audio is there as bytes (a Blob would dump as {}), but WebM/Opus in the clear names its
    // codec and type; sealed, neither shows.
    expect(sealed.dump.length).toBeGreaterThan(5_000);
    expect(sealed.dump.match(/A_OPUS|OpusHead|webm/)?.[0]).toBeUndefined();

    // A reload without a connection: the recording lives on the device now, not in the page.
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await expect.poll(() => waiting(page).textContent()).toContain("1 verhaal wacht op verzending");
    const first = "Na het opnemen offline getypt, bij de voordeur.";
    const second = "Offline verteld op de trap, het laatste verhaal.";
    await tellOffline(page, first);
    await page.getByRole("button", { name: "Nog een verhaal vertellen" }).click();
    await tellOffline(page, second);
    await expect.poll(() => waiting(page).textContent()).toContain("3 verhalen wachten op verzending");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await storedStories(env.app)).toHaveLength(before);

    await context.setOffline(false);
    await waiting(page).waitFor({ state: "detached", timeout: 60_000 });
    const stored = await storedStories(env.app);
    expect(stored.filter((s) => s.text === first)).toHaveLength(1);
    expect(stored.filter((s) => s.text === second)).toHaveLength(1);
    const spoken = stored.filter((s) => s.text === "");
    expect(spoken).toHaveLength(1);
    expect(stored).toHaveLength(before + 3);
    expect(new Set(posts).size).toBe(3);
    // One upload, whole: the size the browser announced is the size the server keeps.
    expect(uploads).toHaveLength(1);
    const recording = await call<StoredRecording>(env.app.baseUrl, `/api/v1/stories/${spoken[0]!.id}/recording`, { token: env.app.adminToken });
    expect(recording).toMatchObject({ complete: true, mimeType: "audio/webm", sizeBytes: uploads[0] });
    expect(recording.sizeBytes).toBeGreaterThan(5_000);

    // Nothing stays behind: no sealed entry, no upload address (tus keeps one in localStorage until done).
    expect((await rawOutbox(page)).entries).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("tus::")))).toEqual([]);
    await context.close();
  });
});
