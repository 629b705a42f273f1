// A probe of the role × route policy matrix (server/routes/policy-matrix.test.ts): who may call an
// operation, and the request that calls it.
import type { Role } from "../../server/policy.ts";

export type Caller = "anonymous" | Role;

export interface Probe {
  /** "public": anyone; a role: that role and up; a map: the exact status class per caller. */
  allowed: "public" | Role | Partial<Record<Caller, "ok" | 403 | 409>>;
  /** A token of the probe's own instead of the caller's usual one (for operations that replace the session). */
  token?: (caller: Role) => Promise<string>;
  request: (caller: Caller) => Promise<{ path: string; method?: string; json?: unknown; body?: string; headers?: Record<string, string> }>;
}
