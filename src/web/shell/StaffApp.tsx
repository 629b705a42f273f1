// The staff side: who is signed in, where they may go, and the page inside the layout. Redirects:
// a fresh instance goes to /setup, visitors without a session to /login (and back afterwards).
import "./staff.css";
import { lazy, useEffect, useState } from "react";
import LoginPage from "../setup/LoginPage.tsx";
import SetupPage from "../setup/SetupPage.tsx";
import { api } from "../toolkit/api.ts";
import { Loading, ProblemMessage } from "../toolkit/feedback.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { Layout } from "./Layout.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { ForbiddenPage, NotFoundPage } from "./NotFoundPage.tsx";
import { Page } from "../toolkit/Page.tsx";
import { useRouter } from "../toolkit/router.tsx";
import { findRoute } from "./routes.tsx";
import { hasRole, type Me, SessionProvider, useSession } from "../toolkit/session.tsx";

// Only admins and analysts without two-step verification need it (with its QR code library).
const TwoFactorSetupPage = lazy(() => import("../setup/TwoFactorSetupPage.tsx"));
// Pages that mailed links open, and asking for one: reached without a session.
const linkPages: Record<string, ReturnType<typeof lazy>> = {
  "/uitnodiging": lazy(() => import("../people/InvitationPage.tsx")),
  "/wachtwoord-vergeten": lazy(() => import("../setup/ForgotPasswordPage.tsx")),
  "/wachtwoord-herstellen": lazy(() => import("../setup/ResetPasswordPage.tsx")),
};

export default function StaffApp() {
  return (
    <SessionProvider>
      <StaffGate />
    </SessionProvider>
  );
}

/** Only same-site paths, so a crafted ?next= cannot send someone to another site after login. */
function nextPath(path: string): string {
  const next = new URLSearchParams(path.split("?")[1] ?? "").get("next");
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/stories";
}

function redirectFor(path: string, setupRequired: boolean, me: Me | null): string | undefined {
  const pathname = path.split("?")[0] ?? "/";
  if (setupRequired) return pathname === "/setup" ? undefined : "/setup";
  if (pathname === "/setup" || pathname === "/") return me ? "/stories" : "/login";
  if (pathname === "/login") return me ? nextPath(path) : undefined;
  if (!me && findRoute(pathname)) return `/login?next=${encodeURIComponent(path)}`;
  return undefined;
}

function StaffGate() {
  const t = useT(appMessages);
  const { me, refresh } = useSession();
  const { path, navigate } = useRouter();
  const [setupRequired, setSetupRequired] = useState<boolean>();
  const [landingError, setLandingError] = useState<unknown>();
  useEffect(() => {
    api<{ setupRequired: boolean }>("").then((landing) => setSetupRequired(landing.setupRequired), setLandingError);
  }, []);
  const ready = setupRequired !== undefined && me !== undefined;
  const redirect = ready ? redirectFor(path, setupRequired, me) : undefined;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect, navigate]);

  if (landingError) return <Layout><Page title={t("errorTitle")}><ProblemMessage error={landingError} /></Page></Layout>;
  // The header shows at once (name and language switch); the menu follows with the session.
  if (!ready || redirect) return <Layout><Loading /></Layout>;
  const pathname = path.split("?")[0] ?? "/";
  if (pathname === "/setup") {
    // Refresh the session first: with setup done but no session yet, the gate would send you to /login.
    const done = async () => {
      await refresh();
      setSetupRequired(false);
    };
    return <Layout><SetupPage onDone={done} /></Layout>;
  }
  if (pathname === "/login") return <Layout><LoginPage /></Layout>;
  const LinkPage = linkPages[pathname];
  if (LinkPage) return <Layout><LinkPage /></Layout>;
  if (me?.twoFactorEnrolmentRequired) return <Layout><TwoFactorSetupPage /></Layout>;
  const found = findRoute(pathname);
  if (!found) return <Layout><NotFoundPage /></Layout>;
  if (!hasRole(me, found.route.minRole)) return <Layout><ForbiddenPage /></Layout>;
  return <Layout>{found.route.render(found.params)}</Layout>;
}
