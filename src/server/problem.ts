// Errors as RFC 9457 problem+json. Handlers throw Problem; the app's error handler writes it.
import type { Context } from "hono";
import { type Lang, type MessageKey, message } from "./messages.ts";

export interface InvalidParam {
  name: string;
  reason: string;
  code?: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly titleKey: MessageKey,
    readonly detailText: string | MessageKey,
    readonly invalidParams?: InvalidParam[],
    /** A problem type of its own (a URI) and a short code for clients, instead of about:blank. */
    readonly kind?: { type: string; code: string },
  ) {
    super(String(detailText));
  }
}

export const badRequest = (invalidParams: InvalidParam[]) => new Problem(400, "badRequest", "badRequestDetail", invalidParams);
export const unauthorized = (detail: MessageKey = "unauthorizedDetail") => new Problem(401, "unauthorized", detail);
export const forbidden = () => new Problem(403, "forbidden", "forbiddenDetail");
export const notFound = () => new Problem(404, "notFound", "notFoundDetail");
export const conflict = (detail: MessageKey) => new Problem(409, "conflict", detail);
export const tokenScopeForbids = () => new Problem(403, "forbidden", "tokenScopeForbids");

/** The problem type of the 403 for an admin or analyst who must set up two-factor sign-in first (a tag URI, RFC 9457 §3.1.1). */
export const TWO_FACTOR_ENROLMENT_REQUIRED = "tag:vertelpunt@example.org,2025:problems/two-factor-enrolment-required";
export const twoFactorEnrolmentRequired = () =>
  new Problem(403, "twoFactorEnrolmentRequired", "twoFactorEnrolmentRequiredDetail", undefined, { type: TWO_FACTOR_ENROLMENT_REQUIRED, code: "twoFactorEnrolmentRequired" });

/** A cookie-carried write that did not come from our own pages (CSRF protection), told apart from a role that falls short. */
export const CROSS_SITE_REQUEST = "tag:vertelpunt@example.org,2025:problems/cross-site-request";
export const crossSiteRequest = () => new Problem(403, "crossSite", "crossSiteDetail", undefined, { type: CROSS_SITE_REQUEST, code: "crossSiteRequest" });

function isMessageKey(value: string, lang: Lang): value is MessageKey {
  try {
    return message(value as MessageKey, lang) !== undefined;
  } catch {
    return false;
  }
}

export function problemBody(problem: Problem, lang: Lang, instance?: string) {
  return {
    type: problem.kind?.type ?? "about:blank",
    ...(problem.kind ? { code: problem.kind.code } : {}),
    title: message(problem.titleKey, lang),
    status: problem.status,
    detail: isMessageKey(problem.detailText, lang) ? message(problem.detailText, lang) : problem.detailText,
    ...(instance ? { instance } : {}),
    ...(problem.invalidParams ? { invalidParams: problem.invalidParams } : {}),
  };
}

export function problemResponse(c: Context, problem: Problem) {
  const lang = (c.get("lang") as Lang | undefined) ?? "nl";
  return c.body(JSON.stringify(problemBody(problem, lang, c.req.path)), problem.status as 400, {
    "Content-Type": "application/problem+json",
  });
}
