// One server-sent-event stream over the live-event bus, for dashboards and intervisie sessions alike:
// a "ready" event first, then the accepted events as they come, and a heartbeat when it is quiet so
// proxies keep the connection open.
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { EventBus, LiveEvent } from "./bus.ts";

export const HEARTBEAT_MS = 15_000;

export function streamLiveEvents(c: Context, bus: EventBus, ready: Record<string, string>, accepts: (event: LiveEvent) => boolean) {
  return streamSSE(c, async (stream) => {
    const queue: LiveEvent[] = [];
    let wake: (() => void) | undefined;
    const unsubscribe = bus.subscribe((event) => {
      if (!accepts(event)) return;
      queue.push(event);
      wake?.();
    }, () => stream.abort());
    stream.onAbort(() => {
      unsubscribe();
      wake?.();
    });
    await stream.writeSSE({ event: "ready", data: JSON.stringify(ready) });
    while (!stream.aborted) {
      // Events that arrived while we were writing are sent at once: waiting first would hold them
      // back until the next heartbeat.
      if (queue.length === 0 && !(await eventArrives(HEARTBEAT_MS, (resolve) => (wake = resolve)))) {
        await stream.writeSSE({ event: "heartbeat", data: "{}" });
      }
      wake = undefined;
      for (const event of queue.splice(0)) await stream.writeSSE({ event: event.type, data: JSON.stringify({ collectionId: event.collectionId, ...event.data }) });
    }
    unsubscribe();
  });
}

/** Resolves true when woken, false when `ms` passed first. */
function eventArrives(ms: number, setWake: (wake: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    setWake(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
