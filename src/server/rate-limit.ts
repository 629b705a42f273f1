// Sign-in attempts are limited per e-mail address and per client address, so passwords cannot be
// guessed at speed. Counters live in each process: with N processes behind a load balancer the
// effective limit is at most N times higher, still far too low for guessing.
import type { Context } from "hono";
import { Problem } from "./problem.ts";

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Counts an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    if (this.windows.size > 100_000) this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      this.windows.set(key, { count: 1, resetsAt: now + this.windowMs });
      return 0;
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.resetsAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}

export function clientAddress(c: Context): string {
  // Behind a reverse proxy (TRUST_PROXY=1) the proxy's X-Forwarded-For names the client.
  if (process.env.TRUST_PROXY === "1") return c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}

export function signInLimiter() {
  const perAccount = new FixedWindowLimiter(10, 15 * 60_000);
  const perAddress = new FixedWindowLimiter(50, 15 * 60_000);
  return (c: Context, email: string) => {
    const wait = Math.max(perAccount.hit(email.toLowerCase()), perAddress.hit(clientAddress(c)));
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      throw new Problem(429, "rateLimited", "rateLimitedDetail");
    }
  };
}
