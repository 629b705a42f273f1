// The whole web app: language, routing, and a split between the public pages (the story form at
// /vertel/…, a teller's receipt at /bon/…, a public story wall at /verhalen/…) and the staff app. Both are loaded on demand, so a client who scans a QR code downloads only the
// form, not the staff shell, its pages or the component library's CSS. The session lives inside
// the staff app for the same reason: the public form needs no sign-in.
import { lazy, Suspense } from "react";
import { setApiLanguage } from "../toolkit/api.ts";
import { LangProvider, useLang, useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { matchRoute, RouterProvider, useRouter } from "../toolkit/router.tsx";

const PublicTellPage = lazy(() => import("../tell/PublicTellPage.tsx"));
const ReceiptPage = lazy(() => import("../tell/ReceiptPage.tsx"));
const PublicBookletPage = lazy(() => import("../booklets/PublicBookletPage.tsx"));
const StaffApp = lazy(() => import("./StaffApp.tsx"));

export function App() {
  return (
    <LangProvider>
      <RouterProvider>
        <Routes />
      </RouterProvider>
    </LangProvider>
  );
}

function Routes() {
  const { lang } = useLang();
  const { path } = useRouter();
  const t = useT(appMessages);
  // Set while rendering, before any page's effect sends a request, so even the first answers
  // (and their error messages) come in the chosen language.
  setApiLanguage(lang);
  const tell = matchRoute("/vertel/:slug", path);
  const receipt = matchRoute("/bon/:token", path);
  const wall = matchRoute("/verhalen/:slug", path);
  const kiosk = new URLSearchParams(path.split("?")[1] ?? "").get("kiosk") === "1";
  return (
    <Suspense fallback={<p className="vp-loading" role="status">{t("loading")}</p>}>
      {tell ? <PublicTellPage slug={tell.slug!} kiosk={kiosk} />
        : receipt ? <ReceiptPage token={receipt.token!} />
        : wall ? <PublicBookletPage slug={wall.slug!} />
        : <StaffApp />}
    </Suspense>
  );
}
