// A small router on the History API: the app has a handful of routes and this keeps the public
// story form's bundle lean.
import { type AnchorHTMLAttributes, createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

type Navigate = (to: string, options?: { replace?: boolean }) => void;

const RouterContext = createContext<{ path: string; navigate: Navigate }>({ path: "/", navigate: () => {} });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname + window.location.search);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  // Redirects replace the history entry, so the back button does not bounce the person forward again.
  const navigate = useCallback<Navigate>((to, options) => {
    if (options?.replace) window.history.replaceState(null, "", to);
    else window.history.pushState(null, "", to);
    setPath(to);
    if (!options?.replace) window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ path, navigate }), [path, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export const useRouter = () => useContext(RouterContext);

/** The query string of the current path, e.g. ?q=huisbezoek. */
export function useSearchParams(): URLSearchParams {
  const { path } = useRouter();
  return new URLSearchParams(path.split("?")[1] ?? "");
}

/** Matches "/stories/:id" against a path; returns the params or undefined. */
export function matchRoute(pattern: string, path: string): Record<string, string> | undefined {
  const [pathname] = path.split("?");
  const want = pattern.split("/");
  const got = (pathname ?? "").split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(":")) params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
    else if (want[i] !== got[i]) return undefined;
  }
  return params;
}

type LinkProps = { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">;

export function Link({ to, children, className, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  return (
    <a {...rest} href={to} className={className ?? "utrecht-link"} onClick={(e) => {
      onClick?.(e);
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      navigate(to);
    }}>
      {children}
    </a>
  );
}
