// The public form at /vertel/:slug (no account), and kiosk mode with ?kiosk=1; both open offline once
// opened (offline.ts) and keep stories told offline in the outbox. The public form keeps a draft in
// sessionStorage so a reload loses nothing; the kiosk keeps nothing on the device. The form speaks
// the framework's languages (?lang=, chosen at the top) and, where the framework has them,
// easy-language texts (?easy=1); answers are the same whatever the language (option ids, weights).
import "@utrecht/button-css/dist/index.css";
import "@utrecht/heading-1-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import type { PublicCollection } from "../../contract/collections.ts";
import { api, ApiError } from "../toolkit/api.ts";
import { FormLangProvider, useT } from "../toolkit/i18n.tsx";
import { localizeFramework } from "../../core/framework-texts.ts";
import { FormAids } from "../signifiers/formAids.tsx";
import { FrameworkLang } from "../signifiers/frameworkLang.tsx";
import { FormLanguageChoice } from "./FormLanguageChoice.tsx";
import { type KioskTimings, kioskTimings } from "./kiosk.ts";
import { messages } from "./messages.ts";
import { keepFormOffline } from "./offline.ts";
import { PublicShell } from "./PublicShell.tsx";
import { TellFlow } from "./TellFlow.tsx";
import { type Invitation, invitationMessages, useInvitation } from "./invitation.ts";
import { type FormLanguage, useFormLanguage } from "./useFormLanguage.ts";

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
  const { choice, uiLang, choose } = useFormLanguage();
  return (
    <FormLangProvider lang={uiLang}>
      <LoadedTellPage slug={slug} kiosk={kiosk} choice={choice} choose={choose} />
    </FormLangProvider>
  );
}

function LoadedTellPage({ slug, kiosk, choice, choose }: { slug: string; kiosk: boolean; choice: FormLanguage; choose: (c: FormLanguage) => void }) {
  const t = useT(messages);
  const [inlined] = useState(() => takeInlined(slug));
  const [load, setLoad] = useState<Load>(() => (inlined ? { state: "ready", collection: inlined } : { state: "loading" }));
  const [attempt, setAttempt] = useState(0);
  const timings = useMemo(() => kioskTimings(window.location.search), []);
  const invitation = useInvitation();
  useEffect(() => keepFormOffline(slug), [slug]);

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

  const framework = load.state === "ready" ? load.collection.framework : undefined;
  const lang = framework && choice.lang && framework.languages.includes(choice.lang) ? choice.lang : framework?.language;
  const languageChoice = framework && lang && (framework.languages.length > 1 || framework.easyLanguages.includes(lang)) ? (
    <FormLanguageChoice languages={framework.languages} lang={lang} easy={choice.easy}
      easyAvailable={framework.easyLanguages.includes(lang)} onChange={choose} />
  ) : undefined;
  return (
    <PublicShell languageChoice={languageChoice}>
      <Content load={load} slug={slug} kiosk={kiosk} timings={timings} choice={choice} invitation={invitation} onRetry={() => setAttempt((n) => n + 1)} />
    </PublicShell>
  );
}

interface ContentProps {
  load: Load;
  slug: string;
  kiosk: boolean;
  timings: KioskTimings;
  choice: FormLanguage;
  invitation: Invitation;
  onRetry: () => void;
}

function Content({ load, slug, kiosk, timings, choice, invitation, onRetry }: ContentProps) {
  const t = useT(messages);
  const ti = useT(invitationMessages);
  const { framework: source } = load.state === "ready" ? load.collection : { framework: undefined };
  const framework = useMemo(
    () => source && localizeFramework(source, choice.lang ?? source.language, { easy: choice.easy }),
    [source, choice.lang, choice.easy],
  );
  if (invitation.state === "told") return <div className="vp-tell"><Message title={ti("toldTitle")} text={ti("toldText")} /></div>;
  if (invitation.state === "unknown") return <div className="vp-tell"><Message title={ti("unknownTitle")} text={ti("unknownText")} /></div>;
  if (load.state === "ready" && framework && invitation.state !== "checking") {
    const { collection } = load;
    return (
      <FrameworkLang lang={framework.language}>
        <FormAids easy={choice.easy} speechLang={framework.language} pictograms={framework.pictograms ?? {}}>
          <TellFlow easy={choice.easy}
            heading={t("pageTitle")} preHeading={collection.name}
            intro={<>
              <p className="utrecht-paragraph vp-tell__intro">{t("intro")}</p>
              <p className="utrecht-paragraph vp-tell__intro">{t("anonymous")}</p>
            </>}
            prompts={framework.prompts} signifiers={framework.signifiers} language={framework.language}
            sharesWithSector={collection.sharesWithSector}
            postPath={invitation.state === "open" ? invitation.postPath : `/public-collections/${encodeURIComponent(slug)}/stories`} channel={kiosk ? "kiosk" : "web"}
            storageKey={kiosk ? undefined : `vertelpunt.draft.${slug}`} kiosk={kiosk} kioskTimings={timings} formToken={collection.formToken}
          />
        </FormAids>
      </FrameworkLang>
    );
  }
  return (
    <div className="vp-tell" aria-busy={load.state === "loading" || undefined}>
      {(load.state === "loading" || (load.state === "ready" && invitation.state === "checking")) && <p className="utrecht-paragraph">{t("loading")}</p>}
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
