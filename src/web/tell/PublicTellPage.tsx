// The public form at /vertel/:slug (no account), and kiosk mode with ?kiosk=1. The public form keeps
// a draft in sessionStorage so a reload loses nothing; the kiosk keeps nothing on the device.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import type { Signifier } from "../../core/framework.ts";
import { api, ApiError } from "../app/api.ts";
import { useT } from "../app/i18n.tsx";
import { FrameworkLang } from "../signifiers/frameworkLang.tsx";
import { type KioskTimings, kioskTimings } from "./kiosk.ts";
import { messages } from "./messages.ts";
import { PublicShell } from "./PublicShell.tsx";
import { TellFlow } from "./TellFlow.tsx";

interface PublicCollection {
  slug: string;
  name: string;
  /** The prompts and questions are in the framework's language, which may differ from the page's. */
  framework: { language: string; prompts: { id: string; text: string }[]; signifiers: Signifier[] };
  sharesWithSector: boolean;
}

type Load =
  | { state: "loading" }
  | { state: "ready"; collection: PublicCollection }
  | { state: "notFound" }
  | { state: "closed"; detail: string }
  | { state: "failed" };

/**
 * The collection the server put into the page (server/web.ts), so the form needs no request of its
 * own. Used for the first load only: a retry asks the server again.
 */
function takeInlined(slug: string): PublicCollection | undefined {
  const element = document.getElementById("vp-public-collection");
  try {
    const collection = element ? (JSON.parse(element.textContent ?? "") as PublicCollection) : undefined;
    return collection?.slug === slug ? collection : undefined;
  } catch {
    return undefined;
  }
}

export default function PublicTellPage({ slug, kiosk }: { slug: string; kiosk: boolean }) {
  const t = useT(messages);
  const [inlined] = useState(() => takeInlined(slug));
  const [load, setLoad] = useState<Load>(() => (inlined ? { state: "ready", collection: inlined } : { state: "loading" }));
  const [attempt, setAttempt] = useState(0);
  const timings = useMemo(() => kioskTimings(window.location.search), []);

  useEffect(() => {
    if (attempt === 0 && inlined?.slug === slug) return;
    let current = true;
    setLoad({ state: "loading" });
    api<PublicCollection>(`/public-collections/${encodeURIComponent(slug)}`).then(
      (collection) => current && setLoad({ state: "ready", collection }),
      (error) => {
        if (!current) return;
        // A malformed slug (400) is as unknown as a missing one (404).
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setLoad({ state: "notFound" });
        else if (error instanceof ApiError && error.status === 409) setLoad({ state: "closed", detail: error.detail });
        else setLoad({ state: "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [slug, attempt, inlined]);

  useEffect(() => {
    document.title = load.state === "ready" ? `${t("pageTitle")} – ${load.collection.name}` : t("pageTitle");
  });

  return (
    <PublicShell>
      <Content load={load} slug={slug} kiosk={kiosk} timings={timings} onRetry={() => setAttempt((n) => n + 1)} />
    </PublicShell>
  );
}

function Content({ load, slug, kiosk, timings, onRetry }: { load: Load; slug: string; kiosk: boolean; timings: KioskTimings; onRetry: () => void }) {
  const t = useT(messages);
  if (load.state === "ready") {
    const { collection } = load;
    return (
      <FrameworkLang lang={collection.framework.language}>
        <TellFlow
          heading={t("pageTitle")} preHeading={collection.name}
          intro={<>
            <p className="utrecht-paragraph vp-tell__intro">{t("intro")}</p>
            <p className="utrecht-paragraph vp-tell__intro">{t("anonymous")}</p>
          </>}
          prompts={collection.framework.prompts} signifiers={collection.framework.signifiers} sharesWithSector={collection.sharesWithSector}
          postPath={`/public-collections/${encodeURIComponent(slug)}/stories`} channel={kiosk ? "kiosk" : "web"}
          storageKey={kiosk ? undefined : `vertelpunt.draft.${slug}`} kiosk={kiosk} kioskTimings={timings}
        />
      </FrameworkLang>
    );
  }
  return (
    <div className="vp-tell" aria-busy={load.state === "loading" || undefined}>
      {load.state === "loading" && <p className="utrecht-paragraph">{t("loading")}</p>}
      {load.state === "notFound" && <Message title={t("notFoundTitle")} text={t("notFoundText")} />}
      {load.state === "closed" && <Message title={t("closedTitle")} text={load.detail} />}
      {load.state === "failed" && (
        <Message title={t("pageTitle")} text={t("loadFailed")}>
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onRetry}>
            {t("tryAgain")}
          </button>
        </Message>
      )}
    </div>
  );
}

function Message({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <>
      <h1 className="utrecht-heading-1 vp-tell__heading">{title}</h1>
      <p className="utrecht-paragraph">{text}</p>
      {children}
    </>
  );
}
