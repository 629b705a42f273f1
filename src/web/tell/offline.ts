// The story forms open again without a connection: the service worker (built by vite-plugin-pwa, see
// vite.config.ts) keeps their code, and the caches in toolkit/offline-caches.ts keep their pages and
// data. Registered only from a form, after the page has loaded, so it never slows the form down.
import { OFFLINE_CACHES } from "../toolkit/offline-caches.ts";

function afterWorkerIsReady(keep: () => Promise<unknown>) {
  if (!("serviceWorker" in navigator) || !("caches" in window) || !window.isSecureContext) return;
  const register = async () => {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
    await keep();
  };
  const start = () => void register().catch(() => {});
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}

const thisPage = () => window.location.pathname + window.location.search;

/** The public form (link or kiosk): the page, with its collection and framework inlined. */
export function keepFormOffline(slug: string) {
  afterWorkerIsReady(() => {
    // A page that came before its worker (the first visit, a tab opened while it installed) was never
    // seen by it: keep it now.
    const keep = async (cacheName: string, url: string) => {
      const cache = await caches.open(cacheName);
      if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
    };
    return Promise.all([
      keep(OFFLINE_CACHES.formPages, thisPage()),
      keep(OFFLINE_CACHES.formData, `/api/v1/public-collections/${encodeURIComponent(slug)}`),
    ]);
  });
}

/**
 * Interview mode (a colleague's form): this page and the API answers it starts from, fresh on every
 * visit online, and the app code it loaded before its worker ran (the staff app is not precached).
 */
export function keepInterviewOffline(apiPaths: readonly string[]) {
  afterWorkerIsReady(async () => {
    const interview = await caches.open(OFFLINE_CACHES.interview);
    await interview.addAll([thisPage(), "/api/v1", ...apiPaths.map((path) => `/api/v1${path}`)]);
    const assets = await caches.open(OFFLINE_CACHES.assets);
    const loaded = performance.getEntriesByType("resource").map((entry) => new URL(entry.name))
      .filter((url) => url.origin === window.location.origin && url.pathname.startsWith("/assets/"));
    await Promise.all(loaded.map(async ({ pathname }) => (await assets.match(pathname)) ?? assets.add(pathname)));
  });
}
