// Live pages (a dashboard, an intervisie session): server-sent events of the given types bump a
// version number, at most once per REFRESH_DELAY_MS, and everything on the page reloads when it
// changes. A burst of events (an import, a busy kiosk) costs one reload, and the first event of the
// burst shows within the delay plus one request. After a lost connection the browser reconnects by
// itself; its new "ready" event reloads too, for what happened in between.
import { useEffect, useRef, useState } from "react";

export const REFRESH_DELAY_MS = 300;

/** eventsPath: an API path of an event stream, e.g. /collections/{id}/events; none: the version stays 0. */
export function useLiveVersion(eventsPath: string | undefined, changes: readonly string[]): { version: number; updatedAt?: Date } {
  const [state, setState] = useState<{ version: number; updatedAt?: Date }>({ version: 0 });
  useEffect(() => {
    if (!eventsPath) return;
    const source = new EventSource(`/api/v1${eventsPath}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setState((s) => ({ version: s.version + 1, updatedAt: new Date() }));
      }, REFRESH_DELAY_MS);
    };
    for (const type of changes) source.addEventListener(type, changed);
    let lost = false;
    source.addEventListener("error", () => {
      lost = true;
    });
    source.addEventListener("ready", () => {
      if (lost) changed();
      lost = false;
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
    // Joined, so a caller's new array with the same types does not reopen the stream.
  }, [eventsPath, changes.join(",")]);
  return state;
}

/** Reloads a resource whenever the live version moves on (not on the first render). */
export function useRefresh(reload: () => void, version: number) {
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}
