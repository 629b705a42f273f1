// Hostile: input hygiene as a class, not single payloads. NUL characters in any text field of any
// route, in a key, in the query or the path; invalid UTF-8 in any JSON body and in imports;
// `__proto__` keys anywhere; toldAt in the future; and a 413 that closes the connection cleanly.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { story } from "../../db/schema/index.ts";
import { buildApp, MAX_BODY_BYTES } from "../app.ts";
import { createLogger } from "../logger.ts";
import { json, makeCollection, makeOrganization, type Organization, smallFramework, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
});
afterAll(() => app.close());

const goodStory = { title: "Titel", text: "Een goed verhaal.", answers: validAnswers, consent: { research: true } };
const countStories = async () => (await app.database.db.select({ id: story.id }).from(story)).length;
const NUL = "\u0000";

async function expectBadRequest(res: Response, label: string, code?: string) {
  const body = await res.text();
  expect(res.status, `${label}: ${body.slice(0, 300)}`).toBe(400);
  expect(res.headers.get("content-type"), label).toContain("application/problem+json");
  if (code) expect(JSON.parse(body).invalidParams.map((p: { code: string }) => p.code), label).toContain(code);
}

/** JSON routes that store text, each with a valid body; every string in it is a place for hostile text. */
const writes = (): { name: string; path: string; method?: string; token?: string; body: unknown }[] => [
  { name: "public story", path: `/api/v1/public-collections/${collection.slug}/stories`, body: goodStory },
  { name: "signed-in story", path: `/api/v1/collections/${collection.id}/stories`, token: org.tokens.teller, body: { ...goodStory, subjectRef: "K-1" } },
  { name: "redaction preview", path: "/api/v1/redaction-previews", body: { text: "Een tekst." } },
  { name: "team", path: "/api/v1/teams", token: org.adminToken, body: { name: "Wijkteam" } },
  { name: "framework", path: "/api/v1/frameworks", token: org.adminToken, body: smallFramework },
  { name: "API token", path: "/api/v1/api-tokens", token: org.tokens.colleague, body: { name: "script" } },
  { name: "sign in", path: "/api/v1/sessions", body: { email: "iemand@example.nl", password: "een-lang-wachtwoord" } },
];

/** Every path to a string inside a JSON value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}
function withStringAt(value: unknown, path: (string | number)[], change: (s: string) => string): unknown {
  if (path.length === 0) return change(value as string);
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[path[0]!] = withStringAt(copy[path[0]!], path.slice(1), change);
  return copy;
}
const send = (w: ReturnType<typeof writes>[number], body: string | Uint8Array, headers: Record<string, string> = {}) =>
  app.request(w.path, { method: w.method ?? "POST", token: w.token, body: body as BodyInit, headers: { "content-type": "application/json", ...headers } });

describe("NUL characters", () => {
  it("in any string of any JSON write, at the start, middle or end: 400 problem+json, nothing stored", async () => {
    for (const w of writes()) {
      for (const path of stringPaths(w.body)) {
        for (const place of [(s: string) => NUL + s, (s: string) => s.slice(0, 1) + NUL + s.slice(1), (s: string) => s + NUL]) {
          const before = await countStories();
          await expectBadRequest(await send(w, JSON.stringify(withStringAt(w.body, path, place))), `${w.name} ${path.join(".")}`, "nulCharacter");
          expect(await countStories()).toBe(before);
        }
      }
    }
  }, 240_000);

  it("in a key, in an answer's key, and written as \\u0000 by hand", async () => {
    const w = writes()[0]!;
    await expectBadRequest(await send(w, JSON.stringify({ ...goodStory, answers: { ...validAnswers, [`x${NUL}`]: 1 } })), "answer key", "nulCharacter");
    await expectBadRequest(await send(w, `{"text":"a\\u0000b","answers":{},"consent":{"research":true}}`), "escaped", "nulCharacter");
  });

  it("in q and any other query parameter, and in a path segment", async () => {
    for (const path of ["/api/v1/stories?q=%00", "/api/v1/stories?q=werk%00", "/api/v1/stories?channels=web%00", `/api/v1/collections/${collection.id}/distributions?signifierId=%00`]) {
      await expectBadRequest(await app.request(path, { token: org.adminToken }), path, "nulCharacter");
    }
    await expectBadRequest(await app.request(`/api/v1/public-collections/${collection.slug}%00`), "path", "nulCharacter");
  });

  it("fuzzed: any string with a NUL somewhere as story text or q is a 400, never a 500", async () => {
    const withNul = fc.tuple(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 })).map(([a, b]) => a + NUL + b);
    await fc.assert(fc.asyncProperty(withNul, async (text) => {
      await expectBadRequest(await send(writes()[0]!, JSON.stringify({ ...goodStory, text })), "text");
      await expectBadRequest(await app.request(`/api/v1/stories?q=${encodeURIComponent(text)}`, { token: org.adminToken }), "q");
    }), { numRuns: 40, seed: 12 });
  }, 120_000);

  it("in an imported line: that line is rejected, the good ones kept", async () => {
    const lines = [JSON.stringify(goodStory), JSON.stringify({ ...goodStory, text: `a${NUL}b` }), JSON.stringify({ ...goodStory, title: `t${NUL}` })].join("\n");
    const res = await app.request(`/api/v1/collections/${collection.id}/story-imports`, {
      method: "POST", token: org.tokens.analyst, body: lines, headers: { "content-type": "application/x-ndjson" },
    });
    expect(res.status).toBe(201);
    const result = await res.json();
    expect(result.imported).toBe(1);
    expect(result.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3]);
  });
});

describe("invalid UTF-8", () => {
  const invalid = [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
  const bodyWith = (bytes: number[]) => {
    const [head, tail] = JSON.stringify({ ...goodStory, text: "Verhaal SPLIT einde" }).split("SPLIT");
    return new Uint8Array([...Buffer.from(head!), ...bytes, ...Buffer.from(tail!)]);
  };

  it("in any JSON body (overlong, surrogate, truncated, beyond U+10FFFF): 400, nothing stored", async () => {
    for (const w of writes()) {
      for (const bytes of invalid) {
        const [head, tail] = JSON.stringify(w.body).split(/(?<=^.{2})/s);
        const before = await countStories();
        await expectBadRequest(await send(w, new Uint8Array([...Buffer.from(head!), ...bytes, ...Buffer.from(tail!)])), `${w.name} ${bytes}`, "invalidUtf8");
        expect(await countStories()).toBe(before);
      }
      await expectBadRequest(await send(w, bodyWith([0xff]), { "content-type": "application/merge-patch+json" }), `${w.name} +json`, "invalidUtf8");
    }
  });

  it("valid UTF-8 with every kind of character is still stored as sent", async () => {
    const text = "Het café en de crème brûlée 🙂 — ‘quotes’ 日本 \u{10FFFF}";
    const told = await json(send(writes()[0]!, JSON.stringify({ ...goodStory, text })));
    expect((await json(app.request(`/api/v1/stories/${told.id}`, { token: org.adminToken }))).text).toBe(text);
  });

  it("in an import file: 400, nothing stored", async () => {
    const before = await countStories();
    const res = await app.request(`/api/v1/collections/${collection.id}/story-imports`, {
      method: "POST", token: org.tokens.analyst, body: bodyWith([0xc3, 0x28]), headers: { "content-type": "application/x-ndjson" },
    });
    await expectBadRequest(res, "import", "invalidUtf8");
    expect(await countStories()).toBe(before);
  });

  it("malformed percent-encoding in the query: 400", async () => {
    for (const query of ["q=%E0%A4%A", "q=%", "q=%ZZ", "q=%C0%AF", "q=%ED%A0%80"]) {
      await expectBadRequest(await app.request(`/api/v1/stories?${query}`, { token: org.adminToken }), query, "invalidQueryEncoding");
    }
  });
});

describe("__proto__ and other keys that are no field", () => {
  it("__proto__ as an answer key, at the top, nested, or escaped: 400, nothing stored", async () => {
    const w = writes()[0]!;
    const answers = JSON.stringify(validAnswers).slice(1, -1);
    const bodies = [
      `{"text":"x","consent":{"research":true},"answers":{${answers},"__proto__":{"x":1}}}`,
      `{"text":"x","consent":{"research":true},"answers":{${answers},"__proto__":null}}`,
      `{"__proto__":{"text":"x"},"text":"x","consent":{"research":true},"answers":{${answers}}}`,
      `{"text":"x","consent":{"research":true,"__proto__":{"quoting":true}},"answers":{${answers}}}`,
      `{"text":"x","consent":{"research":true},"answers":{${answers},"\\u005f_proto__":{"a":1}}}`,
    ];
    for (const body of bodies) {
      const before = await countStories();
      await expectBadRequest(await send(w, body), body, "forbiddenKey");
      expect(await countStories()).toBe(before);
    }
  });

  it("constructor, prototype and toString as answer keys are unknown signifiers", async () => {
    for (const key of ["constructor", "prototype", "toString", "hasOwnProperty"]) {
      const res = await send(writes()[0]!, JSON.stringify({ ...goodStory, answers: { ...validAnswers, [key]: 1 } }));
      await expectBadRequest(res, key, "unknownSignifier");
    }
  });
});

describe("toldAt from tellers", () => {
  const tell = (toldAt: string, w = writes()[0]!) => send(w, JSON.stringify({ ...(w.body as object), toldAt }));
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  it("in the future beyond a few minutes of clock skew: 400 on the public and the signed-in route", async () => {
    for (const w of writes().slice(0, 2)) {
      for (const toldAt of ["9999-12-31T23:59:59Z", "2100-01-01T00:00:00+01:00", inMinutes(10), inMinutes(60 * 24)]) {
        await expectBadRequest(await tell(toldAt, w), `${w.name} ${toldAt}`, "toldAtInFuture");
      }
    }
  });

  it("in the past, or a minute ahead (a fast clock), is fine", async () => {
    for (const toldAt of ["2024-03-01T10:00:00Z", inMinutes(-60), inMinutes(1)]) {
      expect((await tell(toldAt)).status, toldAt).toBe(201);
    }
  });

  it("an import with a future toldAt rejects that line", async () => {
    const lines = [JSON.stringify({ ...goodStory, toldAt: "9999-01-01T00:00:00Z" }), JSON.stringify(goodStory)].join("\n");
    const result = await json(app.request(`/api/v1/collections/${collection.id}/story-imports`, {
      method: "POST", token: org.tokens.analyst, body: lines, headers: { "content-type": "application/x-ndjson" },
    }));
    expect(result.rejected.map((r: { line: number }) => r.line)).toEqual([1]);
  });
});

describe("413 over a real connection", () => {
  /** Sends raw HTTP/1.1 on one keep-alive agent: the big request, then a small one. */
  async function bigThenSmall(port: number, chunked: boolean) {
    const { Agent } = await import("node:http");
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const call = (body: Buffer | undefined, path: string) => new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = { "content-type": "application/json", origin: TEST_ORIGIN };
      if (body && !chunked) headers["content-length"] = String(body.length);
      const req = httpRequest({ port, path, method: body ? "POST" : "GET", agent, headers }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: text }));
      });
      req.on("error", reject);
      if (body) req.end(body);
      else req.end();
    });
    const big = await call(Buffer.alloc(MAX_BODY_BYTES + 1024, "a"), `/api/v1/public-collections/${collection.slug}/stories`);
    const next = await call(undefined, "/api/v1/health");
    agent.destroy();
    return { big, next };
  }

  it("answers 413 problem+json with Connection: close, and the client's next request works (content-length and chunked)", async () => {
    const built = await buildApp(app.database, { publicUrl: TEST_ORIGIN, rateLimit: false }, createLogger("silent"));
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: built.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const port = (server.address() as AddressInfo).port;
      for (const chunked of [false, true]) {
        const { big, next } = await bigThenSmall(port, chunked);
        expect(big.status, `chunked: ${chunked}`).toBe(413);
        expect(big.connection).toBe("close");
        expect(JSON.parse(big.body)).toMatchObject({ status: 413 });
        expect(next.status, `chunked: ${chunked}`).toBe(200);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await built.close();
    }
  });
});
