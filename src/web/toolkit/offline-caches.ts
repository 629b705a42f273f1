// The caches behind the story forms that open offline. The service worker's routes (vite.config.ts,
// where these values are written into sw.js) answer from them; the pages fill them (tell/offline.ts);
// signing out empties what belongs to a colleague (session.tsx).

export const OFFLINE_CACHES = {
  /** Public form pages, their collection and framework inlined: the worker keeps them as they pass. */
  formPages: "vp-public-forms",
  formData: "vp-public-collections",
  /**
   * A colleague's interview page and the API answers it starts from. Only the page puts them here,
   * each time it opens online; the worker only reads them when there is no connection.
   */
  interview: "vp-interview",
  /** The app's hashed scripts and styles beyond the precached form: code only, never anyone's data. */
  assets: "vp-app-assets",
} as const;

/** The interview page (StaffTellPage), as a navigation the worker may answer offline. */
export const INTERVIEW_PAGE = /\/collections\/[0-9a-f-]{36}\/tell$/;

/** What that page needs from the API: the landing, the session, its collection and its framework. */
export const INTERVIEW_API = /\/api\/v1(\/sessions\/current|\/collections\/[0-9a-f-]{36}|\/frameworks\/[0-9a-f-]{36})?$/;

/** The app's hashed build output (served immutable, server/web.ts). */
export const APP_ASSET = /\/assets\/[^/]+\.(js|css|woff2)$/;

/** Signing out (or a session that ended) leaves nothing of the colleague's on a shared tablet. */
export async function forgetInterviews() {
  if ("caches" in window) await caches.delete(OFFLINE_CACHES.interview);
}
