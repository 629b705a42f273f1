// App name, main menu (only what the person's role can use), language switch and sign-out.
import { useState } from "react";
import { useT } from "./i18n.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { appMessages } from "./messages.ts";
import { Link, useRouter } from "./router.tsx";
import { hasRole, type Role, useSession } from "./session.tsx";

const menu: { to: string; label: keyof typeof appMessages; minRole: Role }[] = [
  { to: "/stories", label: "navStories", minRole: "teller" },
  { to: "/mijn-verhalen", label: "navMyStories", minRole: "teller" },
  { to: "/intervisie", label: "navIntervision", minRole: "colleague" },
  { to: "/collections", label: "navCollections", minRole: "teller" },
  { to: "/frameworks", label: "navFrameworks", minRole: "colleague" },
  { to: "/themes", label: "navThemes", minRole: "analyst" },
  { to: "/booklets", label: "navBooklets", minRole: "analyst" },
  { to: "/members", label: "navMembers", minRole: "admin" },
  { to: "/api-tokens", label: "navApiTokens", minRole: "teller" },
];

export function Header() {
  const t = useT(appMessages);
  const { me, signOut } = useSession();
  const { path } = useRouter();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const items = menu.filter((item) => hasRole(me ?? null, item.minRole));
  const pathname = path.split("?")[0] ?? "";
  // "page" on the section's own page, "true" on pages inside it (a story within Verhalen).
  const current = (to: string) => (pathname === to ? "page" : pathname.startsWith(`${to}/`) ? "true" : undefined);
  return (
    <header className="vp-header">
      <div className="vp-header__inner">
        <Link to={me ? "/stories" : "/"} className="vp-brand">{t("appName")}</Link>
        {items.length > 0 && (
          <nav className="vp-nav" aria-label={t("mainNav")}>
            <ul className="vp-nav__list">
              {items.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className="vp-nav__link" aria-current={current(item.to)}>{t(item.label)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="vp-header__tools">
          <LanguageSwitch />
          {me && (
            <button type="button" className="vp-header__button" onClick={() => {
              setSignOutFailed(false);
              signOut().catch(() => setSignOutFailed(true));
            }}>
              {t("signOut")}
            </button>
          )}
        </div>
      </div>
      {signOutFailed && <p className="vp-header__error" role="alert">{t("signOutFailed")}</p>}
    </header>
  );
}
