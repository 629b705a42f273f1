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
    /** The problem's own code, where it has one (e.g. crossSiteRequest): not every 403 is about the role. */
    readonly code?: string,
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

async function problemOf(response: Response): Promise<ApiError> {
  const type = response.headers.get("content-type") ?? "";
  const problem = type.includes("json") ? await response.json().catch(() => ({})) : {};
  return new ApiError(response.status, problem.title ?? response.statusText, problem.detail ?? "", problem.invalidParams ?? [], problem.code);
}

/**
 * Fetches a file (an export) and saves it under the server's file name. Through fetch rather than a
 * plain link, so a problem comes back as ApiError in the person's language instead of a raw page.
 */
export async function download(path: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { headers: { "accept-language": currentLang }, credentials: "same-origin" });
  } catch (error) {
    throw new NetworkError((error as Error).message);
  }
  if (!response.ok) throw await problemOf(response);
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "vertelpunt-export";
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}

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
  if (!response.ok) throw await problemOf(response);
  return (type.includes("json") ? response.json() : response.text()) as Promise<T>;
}
