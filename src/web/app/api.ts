// The web app's only way to the server. Errors arrive as RFC 9457 problem+json and are thrown as
// ApiError so forms can show each invalid field next to its input.
import type { Lang } from "./i18n.tsx";

export interface InvalidParam {
  name: string;
  reason: string;
  code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detail || title);
  }
}

/** Thrown when the request never reached the server (offline, server down). */
export class NetworkError extends Error {}

let currentLang: Lang = "nl";
export const setApiLanguage = (lang: Lang) => {
  currentLang = lang;
};

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("accept-language", currentLang);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { ...init, headers, body, credentials: "same-origin" });
  } catch (error) {
    throw new NetworkError((error as Error).message);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok) {
    const problem = type.includes("json") ? await response.json().catch(() => ({})) : {};
    throw new ApiError(response.status, problem.title ?? response.statusText, problem.detail ?? "", problem.invalidParams ?? []);
  }
  return (type.includes("json") ? response.json() : response.text()) as Promise<T>;
}
