// Every staff page: its h1, the document title, and focus. After a client-side navigation focus
// moves to the new h1, so screen reader users hear where they landed (as with a full page load).
import { type ReactNode, useEffect, useRef } from "react";
import { ApiError } from "./api.ts";
import { ProblemMessage } from "./feedback.tsx";
import { useT } from "./i18n.tsx";
import { appMessages } from "./messages.ts";
import { Link, useRouter } from "./router.tsx";
import type { Resource } from "./useResource.ts";

let firstPageShown = false;

interface PageProps {
  title: string;
  /** The language of the title when it is a teller's words, e.g. a story title. */
  titleLang?: string;
  /** A link back up, e.g. from a story to the story list. */
  back?: { to: string; label: string };
  /** Buttons or links beside the heading. */
  actions?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, titleLang, back, actions, intro, children }: PageProps) {
  const t = useT(appMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const { path } = useRouter();
  const pathname = path.split("?")[0];
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, [pathname]);
  const documentTitle = t("pageTitle", { title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <div className="vp-page">
      {back && (
        <p className="vp-back">
          <Link to={back.to}>
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        </p>
      )}
      <div className="vp-page__header">
        <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading} lang={titleLang}>{title}</h1>
        {actions && <div className="vp-page__actions">{actions}</div>}
      </div>
      {intro && <div className="vp-page__intro">{intro}</div>}
      {children}
    </div>
  );
}

/** A page titled by its data (a story, a collection): "Laden…" while it loads, the problem if it fails. */
export function PageFor<T>({ resource, back, children }: { resource: Resource<T>; back?: PageProps["back"]; children: (data: T) => ReactNode }) {
  const t = useT(appMessages);
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  const title = resource.error instanceof ApiError ? resource.error.title : resource.error ? t("errorTitle") : t("loading");
  return (
    <Page title={title} back={back}>
      {resource.error !== undefined && <ProblemMessage error={resource.error} onRetry={resource.reload} />}
    </Page>
  );
}
