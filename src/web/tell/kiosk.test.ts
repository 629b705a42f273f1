import { describe, expect, it } from "vitest";
import { DEFAULT_KIOSK_TIMINGS, kioskTimings } from "./kiosk.ts";

describe("kioskTimings", () => {
  it("uses the defaults without parameters", () => {
    expect(kioskTimings("?kiosk=1")).toEqual(DEFAULT_KIOSK_TIMINGS);
    expect(DEFAULT_KIOSK_TIMINGS).toEqual({ thanksMs: 10_000, idleMs: 120_000, graceMs: 30_000 });
  });

  it("reads seconds from the URL and ignores nonsense", () => {
    expect(kioskTimings("?kiosk=1&kioskReset=2&kioskIdle=3&kioskGrace=0.5")).toEqual({ thanksMs: 2000, idleMs: 3000, graceMs: 500 });
    expect(kioskTimings("?kioskReset=abc&kioskIdle=-1&kioskGrace=")).toEqual(DEFAULT_KIOSK_TIMINGS);
  });
});
