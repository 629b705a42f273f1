import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { waitForEvent } from "../../testing/sse.ts";
import { type LiveEvent, LocalEventBus } from "./bus.ts";
import { streamLiveEvents } from "./sse.ts";

const told = (storyId: string): LiveEvent => ({ type: "story.created", organizationId: "o", collectionId: "c", data: { storyId } });

/** A bus that publishes an event in the same tick as a listener subscribes: before the stream waits. */
class EagerBus extends LocalEventBus {
  override subscribe(listener: (event: LiveEvent) => void) {
    const unsubscribe = super.subscribe(listener);
    void this.publish(told("early"));
    return unsubscribe;
  }
}

describe("streamLiveEvents", () => {
  it("sends an event that arrived while the stream was writing at once, not at the next heartbeat", async () => {
    const bus = new EagerBus();
    const app = new Hono().get("/events", (c) => streamLiveEvents(c, bus, { collectionId: "c" }, () => true));
    const started = Date.now();
    expect(await waitForEvent(await app.request("/events"), "story.created", 2000)).toEqual({ collectionId: "c", storyId: "early" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("sends events published one right after another, each within moments", async () => {
    const bus = new LocalEventBus();
    const app = new Hono().get("/events", (c) => streamLiveEvents(c, bus, { collectionId: "c" }, (event) => event.data.storyId !== "other"));
    const response = await app.request("/events");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // "ready"
    for (const id of ["a", "other", "b", "c"]) void bus.publish(told(id));
    let text = "";
    const deadline = Date.now() + 2000;
    while (!text.includes('"storyId":"c"') && Date.now() < deadline) text += (await reader.read()).value ?? "";
    await reader.cancel();
    expect([...text.matchAll(/"storyId":"(\w+)"/g)].map((m) => m[1])).toEqual(["a", "b", "c"]);
  });
});
