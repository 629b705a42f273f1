// The public form opens again without a connection: its service worker (built by vite-plugin-pwa,
// see vite.config.ts) keeps the form's code, and this page as last opened, collection and framework
// inlined. Registered only here, after the page has loaded, so it never slows the form down.

/** The worker's caches of the form pages and their collections (vite.config.ts, runtimeCaching). */
const FORM_PAGES = "vp-public-forms";
const FORM_DATA = "vp-public-collections";

export function keepFormOffline(slug: string) {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const register = async () => {
    const controlled = navigator.serviceWorker.controller !== null;
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    // On the first visit this page came before its worker, so the worker never saw it: keep it now.
    if (controlled || !("caches" in window)) return;
    await navigator.serviceWorker.ready;
    await Promise.all([
      caches.open(FORM_PAGES).then((cache) => cache.add(window.location.pathname + window.location.search)),
      caches.open(FORM_DATA).then((cache) => cache.add(`/api/v1/public-collections/${encodeURIComponent(slug)}`)),
    ]);
  };
  const start = () => void register().catch(() => {});
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
