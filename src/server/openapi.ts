// Route definitions that conform to the Dutch API Design Rules by construction: every success
// response documents the API-Version header, every error is problem+json, every write lists 400.
import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { twoFactorEnrolmentRequired, unauthorized } from "./problem.ts";

// An identified admin or analyst who must enrol in two-factor sign-in first has no caller (see
// createApi): 403 with its own problem type instead of 401, so clients can lead them to enrol.
const requireSignedIn: MiddlewareHandler = async (c, next) => {
  if (!c.get("caller")) throw c.get("identity") ? twoFactorEnrolmentRequired() : unauthorized();
  await next();
};

/** For the few routes that enrolling needs: the caller is known even before enrolment. */
const admitBeforeTwoFactorEnrolment: MiddlewareHandler = async (c, next) => {
  c.set("caller", c.get("identity")?.caller);
  await next();
};

export const API_VERSION = "1.0.0";

export const apiVersionHeader = {
  "API-Version": { description: "The full version of this API", schema: { type: "string" as const, example: API_VERSION } },
};

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "about:blank" }),
    code: z.string().optional().openapi({ description: "With a problem type of its own: a short name for it, e.g. twoFactorEnrolmentRequired" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string(), code: z.string().optional() }))
      .optional(),
  })
  .openapi("Problem");

const errorDescriptions: Record<number, string> = {
  400: "Invalid input; invalidParams names each bad field",
  401: "Not authenticated",
  403: "The caller's role may not do this; or (code twoFactorEnrolmentRequired) an admin or analyst must set up two-factor sign-in first",
  404: "Not found, or not in the caller's organization",
  409: "Conflicts with the current state",
  413: "Request body too large",
  415: "Unsupported media type",
  422: "The Idempotency-Key was used before with a different request",
  429: "Too many requests",
  500: "Unexpected error; nothing was stored",
  503: "Not ready",
};

export function problemResponses(statuses: readonly number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: errorDescriptions[status] ?? "Error", content: { "application/problem+json": { schema: ProblemSchema } } },
    ]),
  );
}

type Responses = RouteConfig["responses"];

/**
 * Adds the API-Version header to each 2xx/3xx response and the standard problem responses.
 * `beforeTwoFactorEnrolment`: a signed-in route that admins and analysts reach before they have set
 * up two-factor sign-in (only what enrolling needs; see people/two-factor.ts).
 */
export function defineRoute<R extends Omit<RouteConfig, "responses"> & { responses: Responses; errors?: readonly number[]; beforeTwoFactorEnrolment?: true; ownCredential?: true }>(
  config: R,
) {
  // ownCredential: the route checks a credential of its own (a sector hub's), not a signed-in person.
  const { errors = [], beforeTwoFactorEnrolment, ownCredential, ...rest } = config;
  const signedInRoute = config.security && !ownCredential;
  const withHeaders = Object.fromEntries(
    Object.entries(config.responses).map(([status, response]) => [
      status,
      /^[23]/.test(status) ? { ...response, headers: { ...apiVersionHeader, ...(response as { headers?: object }).headers } } : response,
    ]),
  );
  const mustAccept400 = ["post", "put", "patch"].includes(config.method) || Boolean(config.request?.params || config.request?.query);
  // Every other signed-in route may answer 403 to someone who must set up two-factor sign-in first.
  const mustEnrol = signedInRoute && !beforeTwoFactorEnrolment ? [403] : [];
  const statuses = new Set([...errors, ...(mustAccept400 ? [400] : []), ...mustEnrol, 500]);
  return createRoute({
    ...rest,
    // Signed-in routes refuse anonymous callers before the body is even read or validated.
    ...(signedInRoute ? { middleware: beforeTwoFactorEnrolment ? [admitBeforeTwoFactorEnrolment, requireSignedIn] : [requireSignedIn] } : {}),
    responses: { ...withHeaders, ...problemResponses([...statuses].sort()) } as R["responses"],
  });
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const IdParam = z.object({ id: z.string().uuid().openapi({ param: { name: "id", in: "path" } }) });

/** A listening round of a collection: /collections/{id}/listening-rounds/{roundId}. */
export const RoundParams = IdParam.extend({ roundId: z.string().uuid().openapi({ param: { name: "roundId", in: "path" } }) });

/** An anonymous teller's private receipt link: the story id and a signature. */
export const ReceiptTokenParam = z.object({
  token: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}$/).openapi({ param: { name: "token", in: "path" } }),
});

export const eventStreamResponse = { description: "An endless stream of server-sent events", content: { "text/event-stream": { schema: z.string() } } };

/** Security requirement of routes for signed-in callers: a bearer token or the session cookie. */
export const signedIn: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
