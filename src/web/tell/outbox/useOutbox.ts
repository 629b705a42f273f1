// Keeps the outbox moving while a story form is open: it sends what waits when the page opens,
// when the connection comes back, and every half minute while stories wait; and it tells the page
// how many wait.
import { useCallback, useEffect, useRef, useState } from "react";
import { type AfterStory, sendWaiting } from "./send.ts";
import { onOutboxChange, outboxAvailable, type OutboxSummary, outboxSummary, removeFromOutbox } from "./store.ts";

const RETRY_MS = 30_000;
const EMPTY: OutboxSummary = { waiting: 0, rejected: [] };

export function useOutbox(afterStory?: AfterStory) {
  const [summary, setSummary] = useState<OutboxSummary>(EMPTY);
  // The latest hook, without restarting the listeners (and a send) whenever a page passes a new function.
  const hook = useRef(afterStory);
  hook.current = afterStory;
  const send = useCallback(() => {
    if (outboxAvailable() && navigator.onLine !== false) sendWaiting(async (entry, created) => hook.current?.(entry, created)).catch(() => {});
  }, []);

  useEffect(() => {
    if (!outboxAvailable()) return;
    let current = true;
    const refresh = () => void outboxSummary().then((s) => current && setSummary(s), () => {});
    refresh();
    const unsubscribe = onOutboxChange(refresh);
    send();
    window.addEventListener("online", send);
    return () => {
      current = false;
      unsubscribe();
      window.removeEventListener("online", send);
    };
  }, [send]);

  useEffect(() => {
    if (summary.waiting === 0) return;
    const timer = setInterval(send, RETRY_MS);
    return () => clearInterval(timer);
  }, [summary.waiting, send]);

  return { ...summary, send, discard: (id: string) => void removeFromOutbox(id) };
}

export type Outbox = ReturnType<typeof useOutbox>;
