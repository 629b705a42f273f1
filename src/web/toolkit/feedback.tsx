// Messages about the state of a page: loading, a problem from the API, a confirmation.
import type { ReactNode } from "react";
import { ApiError, NetworkError } from "./api.ts";
import { useT } from "./i18n.tsx";
import { appMessages } from "./messages.ts";
import { Link } from "./router.tsx";
import type { Resource } from "./useResource.ts";

type AlertType = "error" | "ok" | "info" | "warning";

/** role="status" or "alert" only where the message appears after something the person did. */
export function Alert({ type, title, children, role }: { type: AlertType; title?: string; children?: ReactNode; role?: "status" | "alert" }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type} vp-alert`} role={role}>
      <div className="utrecht-alert__content">
        {title && <p className="vp-alert__title">{title}</p>}
        {children && <div className="utrecht-alert__message">{children}</div>}
      </div>
    </div>
  );
}

export function Loading() {
  const t = useT(appMessages);
  return <p className="vp-loading" role="status">{t("loading")}</p>;
}

/** Explains an error in plain words; a retry where trying again can help. */
export function ProblemMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(appMessages);
  if (error instanceof ApiError && error.status === 401) {
    return (
      <Alert type="warning" title={t("errorSignedOut")} role="alert">
        <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t("signInAgain")}</Link>
      </Alert>
    );
  }
  // A 403 with a code of its own (a request from outside Vertelpunt …) says more than "your role".
  if (error instanceof ApiError && error.status === 403 && !error.code) return <Alert type="warning" title={t("forbiddenTitle")}>{t("forbiddenText")}</Alert>;
  const network = error instanceof NetworkError;
  const title = network || !(error instanceof ApiError) ? t("errorTitle") : error.title;
  const detail = network ? t("errorNetwork") : error instanceof ApiError ? error.detail : "";
  return (
    <Alert type="error" title={title} role="alert">
      {detail && <p>{detail}</p>}
      {onRetry && (network || !(error instanceof ApiError) || error.status >= 500) && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>{t("tryAgain")}</button>
      )}
    </Alert>
  );
}

/** Renders the data once it is there; loading and errors in between. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) return <ProblemMessage error={resource.error} onRetry={resource.reload} />;
  return <Loading />;
}

/** A confirmation such as "Team Noord is toegevoegd." The live region is always there, so screen
 * readers announce the message when it appears. */
export function StatusMessage({ message }: { message?: string }) {
  return <div role="status" className="vp-status">{message && <Alert type="ok" title={message} />}</div>;
}
