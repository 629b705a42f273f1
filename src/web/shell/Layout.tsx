// The frame of every staff page: a skip link, the header and the main landmark. Pages load inside
// it on demand, so the header stays in place while a page's code arrives.
import { type ReactNode, Suspense } from "react";
import { Loading } from "../toolkit/feedback.tsx";
import { Header } from "./Header.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { appMessages } from "../toolkit/messages.ts";

export function Layout({ children }: { children: ReactNode }) {
  const t = useT(appMessages);
  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus vp-skip-link" href="#inhoud">{t("skipLink")}</a>
      <Header />
      <main id="inhoud" className="vp-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
    </>
  );
}
