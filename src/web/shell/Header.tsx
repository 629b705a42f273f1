// App name, main menu (only what the person's role can use), language switch and sign-out. The menu
// stays one row on a laptop: pages only admins use sit under one entry, "Beheer", so admin pages
// added later fold in there by themselves. On a phone the whole menu folds behind a "Menu" button.
import { type KeyboardEvent, useEffect, useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { LanguageSwitch } from "../toolkit/LanguageSwitch.tsx";
import { appMessages } from "../toolkit/messages.ts";
import { Link, useRouter } from "../toolkit/router.tsx";
import { hasRole, type Role, useSession } from "../toolkit/session.tsx";

/** withAdministration: goes under "Beheer" when the person has that group (the row must fit 1366 px). */
const menu: { to: string; label: keyof typeof appMessages; minRole: Role; withAdministration?: boolean }[] = [
  { to: "/stories", label: "navStories", minRole: "teller" },
  { to: "/mijn-verhalen", label: "navMyStories", minRole: "teller" },
  { to: "/intervisie", label: "navIntervision", minRole: "colleague" },
  { to: "/collections", label: "navCollections", minRole: "teller" },
  { to: "/frameworks", label: "navFrameworks", minRole: "colleague" },
  { to: "/themes", label: "navThemes", minRole: "analyst" },
  { to: "/sector", label: "navSector", minRole: "colleague" },
  { to: "/booklets", label: "navBooklets", minRole: "analyst" },
  { to: "/members", label: "navMembers", minRole: "admin" },
  { to: "/settings", label: "navSettings", minRole: "admin" },
  { to: "/sector-admin", label: "navSectorAdmin", minRole: "admin" },
  { to: "/audit-log", label: "navAuditLog", minRole: "admin" },
  { to: "/erasure", label: "navErasure", minRole: "admin" },
  { to: "/api-tokens", label: "navApiTokens", minRole: "teller", withAdministration: true },
];

type MenuItem = (typeof menu)[number];

/** Admin-only pages go under "Beheer", and for admins the pages that go with them. */
const adminOnly = (item: MenuItem) => item.minRole === "admin";

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
        {items.length > 0 && <MainMenu items={items} current={current} pathname={pathname} />}
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

type Current = (to: string) => "page" | "true" | undefined;

function MainMenu({ items, current, pathname }: { items: MenuItem[]; current: Current; pathname: string }) {
  const t = useT(appMessages);
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const hasGroup = items.some(adminOnly);
  const administration = (item: MenuItem) => adminOnly(item) || (hasGroup && item.withAdministration === true);
  const grouped = items.filter(administration);
  return (
    <nav className={`vp-nav${open ? " vp-nav--open" : ""}`} aria-label={t("mainNav")}>
      <button type="button" className="vp-header__button vp-nav__toggle" aria-expanded={open} aria-controls="vp-nav-list" onClick={() => setOpen(!open)}>
        {t("menu")}
      </button>
      <ul className="vp-nav__list" id="vp-nav-list">
        {items.filter((item) => !administration(item)).map((item) => <MenuLink key={item.to} item={item} current={current} />)}
        {grouped.length > 0 && <MenuGroup label={t("navAdministration")} items={grouped} current={current} pathname={pathname} />}
      </ul>
    </nav>
  );
}

function MenuLink({ item, current }: { item: MenuItem; current: Current }) {
  const t = useT(appMessages);
  return (
    <li>
      <Link to={item.to} className="vp-nav__link" aria-current={current(item.to)}>{t(item.label)}</Link>
    </li>
  );
}

/** A menu entry that opens a short list of pages; Escape closes it. */
function MenuGroup({ label, items, current, pathname }: { label: string; items: MenuItem[]; current: Current; pathname: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const inside = items.some((item) => current(item.to));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      setOpen(false);
      (e.currentTarget.querySelector("button") as HTMLButtonElement | null)?.focus();
    }
  };
  return (
    <li className="vp-nav__group" onKeyDown={onKeyDown}>
      <button type="button" className={`vp-nav__link vp-nav__group-button${inside ? " vp-nav__link--inside" : ""}`} aria-expanded={open} aria-controls="vp-nav-group" onClick={() => setOpen(!open)}>
        {label}
      </button>
      <ul className="vp-nav__group-list" id="vp-nav-group" hidden={!open}>
        {items.map((item) => <MenuLink key={item.to} item={item} current={current} />)}
      </ul>
    </li>
  );
}
