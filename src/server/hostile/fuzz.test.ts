// Property-based: random and hostile bodies at every public endpoint never cause a 500 and never
// leave a partial write behind.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { story } from "../../db/schema/index.ts";
import { makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let slug: string;
/** The secret of a personal round invitation (no SMTP here: the answer holds the link). */
let invitation: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const { collection } = await makeCollection(app, org.adminToken);
  slug = collection.slug;
  const round = await (await app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
    method: "POST", token: org.adminToken, json: { name: "Ronde", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() },
  })).json();
  const sent = await (await app.request(`/api/v1/collections/${collection.id}/listening-rounds/${round.id}/invitations`, {
    method: "POST", token: org.tokens.analyst, json: { list: "fuzz@example.nl" },
  })).json();
  invitation = (sent.links[0].link as string).split("#uitnodiging=")[1]!;
});
afterAll(() => app.close());

const injections = ["' OR 1=1 --", "'); DROP TABLE story; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "{{7*7}}", "\u0000", "\uFFFF\uD800", "../../etc/passwd", "%00", "🙂‍↔️".repeat(50)];
const hostileString = fc.oneof(fc.constantFrom(...injections), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ minLength: 20_001, maxLength: 30_000 }));
const deepJson = fc.integer({ min: 50, max: 3000 }).map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth)));
const hostileValue = fc.oneof(fc.anything({ maxDepth: 4 }), hostileString, deepJson);
const hostileStory = fc.record({
  title: fc.option(hostileValue), text: fc.oneof(hostileString, hostileValue), answers: fc.oneof(hostileValue, fc.dictionary(hostileString, hostileValue)),
  consent: fc.oneof(hostileValue, fc.record({ research: hostileValue })), subjectRef: fc.option(hostileValue), toldAt: fc.option(hostileValue),
  channel: fc.option(hostileValue), promptId: fc.option(hostileValue), language: fc.option(hostileValue),
}, { requiredKeys: [] });
const rawBody = fc.oneof(fc.string({ unit: "binary", maxLength: 500 }), hostileValue.map((v) => JSON.stringify(v) ?? "null"), hostileStory.map((v) => JSON.stringify(v)));

/** The operations of the OpenAPI document that need no sign-in. */
async function publicOperations(): Promise<{ method: string; path: string; operationId: string }[]> {
  const document = await (await app.request("/api/v1/openapi.json")).json();
  return Object.entries(document.paths as Record<string, Record<string, { operationId: string; security?: object[] }>>).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, o]) => !o.security || o.security.length === 0 || o.security.some((s) => Object.keys(s).length === 0))
      .map(([method, o]) => ({ method: method.toUpperCase(), path, operationId: o.operationId })));
}

const countStories = async () => (await app.database.db.select({ id: story.id }).from(story)).length;

async function send(path: string, method: string, body?: string) {
  return app.request(path, { method, body, headers: body === undefined ? {} : { "content-type": "application/json" } });
}

describe("hostile input", () => {
  const endpoints: [string, string, () => string][] = [
    ["POST", "public story", () => `/api/v1/public-collections/${slug}/stories`],
    ["POST", "redaction preview", () => "/api/v1/redaction-previews"],
    ["POST", "sign in", () => "/api/v1/sessions"],
    ["POST", "two-factor code", () => "/api/v1/two-factor-verifications"],
    ["POST", "single sign-on", () => "/api/v1/sso-sign-ins"],
    ["POST", "setup", () => "/api/v1/setup"],
    ["POST", "invitation preview", () => "/api/v1/invitation-previews"],
    ["POST", "invitation acceptance", () => "/api/v1/invitation-acceptances"],
    ["POST", "password reset", () => "/api/v1/password-resets"],
    ["POST", "password reset completion", () => "/api/v1/password-reset-completions"],
    ["POST", "round invitation opening", () => `/api/v1/round-invitations/${invitation}/openings`],
    ["POST", "invited story", () => `/api/v1/round-invitations/${invitation}/stories`],
    ["POST", "recording upload", () => "/api/v1/recording-uploads"],
  ];
  for (const [method, name, path] of endpoints) {
    it(`${name}: never a 500, never a partial write`, async () => {
      await fc.assert(fc.asyncProperty(rawBody, async (body) => {
        const before = await countStories();
        const res = await send(path(), method, body);
        expect(res.status, body.slice(0, 200)).toBeLessThan(500);
        if (res.status !== 201) expect(await countStories()).toBe(before);
      }), { numRuns: 60, seed: 20261124 });
    }, 120_000);
  }

  it("covers every public operation that takes a body", async () => {
    const bodied = (await publicOperations()).filter((o) => o.method === "POST").map((o) => `/api/v1${o.path}`);
    const fuzzed = endpoints.map(([, , path]) => path().replace(slug, "{slug}").replace(invitation, "{token}"));
    expect(fuzzed.sort()).toEqual(bodied.sort());
  });

  it("public operations with hostile path segments and query strings: never a 500, never a partial write", async () => {
    // Byte-wise percent-encoding, plus deliberately broken escapes the server must survive.
    const percentEncoded = (s: string) => [...Buffer.from(s.slice(0, 300))].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
    const segments = fc.oneof(hostileString.map(percentEncoded), fc.constantFrom("%E0%A4%A", "%", "%ZZ", "%C0%AF", "..%2F..%2F"));
    const withParameter = (await publicOperations()).filter((o) => o.path.includes("{"));
    expect(withParameter.map((o) => o.operationId)).toEqual(expect.arrayContaining(["getPublicBooklet", "getReceiptReflection", "withdrawStory", "finishSsoSignIn"]));
    await fc.assert(fc.asyncProperty(segments, segments, async (segment, query) => {
      const before = await countStories();
      for (const operation of withParameter) {
        const path = `/api/v1${operation.path.replace(/\{[^}]+\}/g, segment)}?state=${query}&code=${query}`;
        const res = await send(path, operation.method);
        expect(res.status, `${operation.method} ${path.slice(0, 200)}`).toBeLessThan(500);
      }
      expect(await countStories()).toBe(before);
    }), { numRuns: 60, seed: 7 });
  }, 120_000);

  it("a valid story with injection strings is stored exactly as text", async () => {
    const text = "<script>alert(1)</script> '); DROP TABLE story; --";
    const res = await app.request(`/api/v1/public-collections/${slug}/stories`, { method: "POST", json: { text, answers: validAnswers, consent: { research: true } } });
    expect(res.status).toBe(201);
    const stored = await (await app.request(`/api/v1/stories/${(await res.json()).id}`, { token: org.adminToken })).json();
    expect(stored.text).toBe(text);
  });
});
