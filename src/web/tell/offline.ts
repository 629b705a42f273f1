// The public form opens again without a connection: its service worker (built by vite-plugin-pwa,
// see vite.config.ts) keeps the form's code, and this page as last opened, collection and framework
// inlined. Registered only here, after the page has loaded, so it never slows the form down.

/** The worker's caches of the form pages and their collections (vite.config.ts, runtimeCaching). */
const FORM_PAGES = "vp-public-forms";
const FORM_DATA = "vp-public-collections";

export function keepFormOffline(slug: string) {
  if (!("serviceWorker" in navigator) || !("caches" in window) || !window.isSecureContext) return;
  const register = async () => {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
    // A page that came before its worker (the first visit, a tab opened while it installed) was never
    // seen by it: keep it now.
    const keep = async (cacheName: string, url: string) => {
      const cache = await caches.open(cacheName);
      if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
    };
    await Promise.all([
      keep(FORM_PAGES, window.location.pathname + window.location.search),
      keep(FORM_DATA, `/api/v1/public-collections/${encodeURIComponent(slug)}`),
    ]);
  };
  const start = () => void register().catch(() => {});
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
