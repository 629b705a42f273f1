// Who is signed in, shared with every staff page. Loaded once from GET /sessions/current; sign-in,
// setup and sign-out refresh it so the header and the route guards follow at once.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { Me } from "../../contract/people.ts";
import { type Role, roleAtLeast } from "../../core/roles.ts";
import { api, ApiError } from "./api.ts";
import { forgetInterviews } from "./offline-caches.ts";

export type { Me, Role };

export const hasRole = (me: Me | null, minimum: Role) => me !== null && roleAtLeast(me.role, minimum);

interface Session {
  /** undefined while loading, null when nobody is signed in. */
  me: Me | null | undefined;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session>({ me: undefined, refresh: async () => {}, signOut: async () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setMe(await api<Me>("/sessions/current"));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      setMe(null);
      await forgetInterviews().catch(() => {});
    }
  }, []);
  const signOut = useCallback(async () => {
    await api("/sessions/current", { method: "DELETE" });
    await forgetInterviews().catch(() => {});
    setMe(null);
  }, []);
  useEffect(() => {
    // Without a server answer we cannot tell; treat it as signed out so the login page explains.
    refresh().catch(() => setMe(null));
  }, [refresh]);
  return <SessionContext.Provider value={{ me, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
