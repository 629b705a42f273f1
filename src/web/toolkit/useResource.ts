// Loads one API resource for a page. Answers that arrive after the page moved on to another path
// are dropped, so a slow old request never overwrites a newer one.
import { useCallback, useEffect, useState } from "react";
import { api } from "./api.ts";

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** path null means "nothing to load yet". */
export function useResource<T>(path: string | null): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean; path?: string }>({ loading: path !== null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    // A reload keeps showing the old data while it loads; another path starts empty.
    setState((previous) => ({ data: previous.path === path ? previous.data : undefined, loading: true, path }));
    api<T>(path).then(
      (data) => current && setState({ data, loading: false, path }),
      (error: unknown) => current && setState({ error, loading: false, path }),
    );
    return () => {
      current = false;
    };
  }, [path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Builds "?a=1&b=2" from the values that are set. */
export function queryString(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
