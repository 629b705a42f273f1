// Input hygiene for every route, before any route sees the request: no NUL character anywhere
// (PostgreSQL text cannot hold one: it used to end in a 500), a JSON body must be valid UTF-8
// (not stored with replacement characters), no `__proto__` key (JSON.parse keeps it as a key, but
// copying the object turns it into a prototype, so it slipped past the checks for unknown keys),
// and the query string must be well-formed percent-encoded UTF-8. Each is a 400 problem+json.
import type { Context, Next } from "hono";
import { type Lang, message, type MessageKey } from "./messages.ts";
import { badRequest, type InvalidParam } from "./problem.ts";

const FORBIDDEN_KEYS = new Set(["__proto__"]);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const issue = (name: string, code: MessageKey, lang: Lang): InvalidParam => ({ name, reason: message(code, lang), code });

/** The first NUL character or forbidden key in a parsed JSON value, with its path; iterative, as bodies may nest deep. */
export function hostileContent(value: unknown, lang: Lang): InvalidParam | undefined {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === "string") {
      if (current.includes("\0")) return issue(path || "body", "nulCharacter", lang);
    } else if (current && typeof current === "object") {
      for (const key of Object.keys(current)) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) return issue(at, "forbiddenKey", lang);
        if (key.includes("\0")) return issue(path || "body", "nulCharacter", lang);
        stack.push([(current as Record<string, unknown>)[key], at]);
      }
    }
  }
  return undefined;
}

/** Text that must be UTF-8: decoded strictly, 400 when it is not. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array, lang: Lang, name = "body"): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw badRequest([issue(name, "invalidUtf8", lang)]);
  }
}

function urlProblem(url: string, lang: Lang): InvalidParam | undefined {
  const { pathname, search } = new URL(url);
  if (pathname.includes("%00")) return issue("path", "nulCharacter", lang);
  if (search.includes("%00")) return issue("query", "nulCharacter", lang);
  for (const part of search.slice(1).split("&")) {
    try {
      decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return issue("query", "invalidQueryEncoding", lang);
    }
  }
  return undefined;
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

/** Middleware for /api/*, after the body limit (reading the body here still answers 413 when it is too large). */
export async function inputHygiene(c: Context, next: Next) {
  const lang = (c.get("lang") as Lang | undefined) ?? "nl";
  const inUrl = urlProblem(c.req.url, lang);
  if (inUrl) throw badRequest([inUrl]);
  if (JSON_TYPE.test(c.req.header("content-type") ?? "")) {
    const text = decodeUtf8(await c.req.arrayBuffer(), lang);
    // Only escapes (\u0000, \u005f…) can hide a NUL or a forbidden key in valid JSON; skip the walk otherwise.
    if (text.includes("\\u") || text.includes("__proto__")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw badRequest([issue("body", "invalidJson", lang)]);
      }
      const found = hostileContent(parsed, lang);
      if (found) throw badRequest([found]);
    }
  }
  await next();
}
