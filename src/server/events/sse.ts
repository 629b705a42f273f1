// One server-sent-event stream over the live-event bus, for dashboards and intervisie sessions alike:
// a "ready" event first, then the accepted events as they come, and a heartbeat when it is quiet so
// proxies keep the connection open.
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { EventBus, LiveEvent } from "./bus.ts";

const HEARTBEAT_MS = 15_000;

export function streamLiveEvents(c: Context, bus: EventBus, ready: Record<string, string>, accepts: (event: LiveEvent) => boolean) {
  return streamSSE(c, async (stream) => {
    const queue: LiveEvent[] = [];
    let wake: (() => void) | undefined;
    const unsubscribe = bus.subscribe((event) => {
      if (!accepts(event)) return;
      queue.push(event);
      wake?.();
    });
    stream.onAbort(unsubscribe);
    await stream.writeSSE({ event: "ready", data: JSON.stringify(ready) });
    while (!stream.aborted) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, HEARTBEAT_MS);
      });
      wake = undefined;
      if (queue.length === 0) await stream.writeSSE({ event: "heartbeat", data: "{}" });
      for (const event of queue.splice(0)) await stream.writeSSE({ event: event.type, data: JSON.stringify({ collectionId: event.collectionId, ...event.data }) });
    }
    unsubscribe();
  });
}
