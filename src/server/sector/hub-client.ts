// One protocol, two topologies: a contributing organization talks to its sector's hub through this
// interface. On the same instance the calls go straight to the hub's functions (hub.ts); to a hub
// elsewhere they go over HTTP with the credential the hub issued (routes/sector-hub.ts).
import { coreMapping, type CoreVersion } from "../../core/sector/core-framework.ts";
import { frameworkDefinition } from "../../core/framework.ts";
import type { Db } from "../../db/client.ts";
import { Problem } from "../problem.ts";
import { API_VERSION } from "../openapi.ts";
import { coreVersionOf, localContributor, receiveContribution, type SignedContribution, withdrawReceived } from "./hub.ts";

export interface HubClient {
  coreVersion(version?: number): Promise<CoreVersion>;
  deliver(contribution: SignedContribution): Promise<void>;
  withdraw(contributionId: string): Promise<void>;
}

export interface LinkTarget {
  hubUrl: string | null;
  sectorId: string;
  credential: string | null;
}

export const HUB_TIMEOUT_MS = 10_000;

/** The hub answered, but refused: retrying the same request will not help. */
export class HubRefused extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function hubRequest(target: { hubUrl: string; credential: string }, path: string, init: { method?: string; json?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}) {
  let response: Response;
  try {
    response = await fetch(`${target.hubUrl.replace(/\/$/, "")}/api/v1/sector-hub${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${target.credential}`, accept: "application/json", "API-Version": API_VERSION, ...(init.json === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(init.timeoutMs ?? HUB_TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`hub unreachable: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (response.status >= 500 || response.status === 429) throw new Error(`hub answered ${response.status}`);
  if (response.status >= 400) throw new HubRefused(`hub refused (${response.status}): ${text.slice(0, 300)}`, response.status);
  return text ? JSON.parse(text) : undefined;
}

export function httpHub(target: { hubUrl: string; credential: string }): HubClient {
  return {
    async coreVersion(version) {
      const body = await hubRequest(target, version === undefined ? "/core-frameworks/latest" : `/core-frameworks/${version}`);
      return { version: body.version, definition: frameworkDefinition.parse(body.definition), mapping: coreMapping.parse(body.mapping) };
    },
    async deliver(contribution) {
      await hubRequest(target, "/contributions", { method: "POST", json: contribution, headers: { "Idempotency-Key": contribution.id } });
    },
    async withdraw(contributionId) {
      await hubRequest(target, `/contributions/${contributionId}`, { method: "DELETE" });
    },
  };
}

export function localHub(db: Db, sectorId: string, contributor: { organizationId: string; name: string; publicKey: string }): HubClient {
  const self = () => localContributor(db, sectorId, contributor.organizationId, contributor.name, contributor.publicKey);
  return {
    coreVersion: (version) => coreVersionOf(db, sectorId, version),
    async deliver(contribution) {
      await receiveContribution(db, await self(), contribution);
    },
    async withdraw(contributionId) {
      await withdrawReceived(db, await self(), contributionId);
    },
  };
}

/** A remote hub's failure as the caller sees it: unreachable → 503, refused → 422. */
export function hubProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  return error instanceof HubRefused ? new Problem(422, "unprocessable", "sectorSignatureInvalidDetail") : new Problem(503, "sectorUnreachable", "sectorUnreachable");
}
