import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization, smallFramework } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
});
afterAll(() => app.close());

const post = (body: unknown, token = org.adminToken) => app.request("/api/v1/frameworks", { method: "POST", token, json: body });

describe("frameworks", () => {
  it("ships the Dutch template for klantmanagers with situation, intervention and outcome", async () => {
    const { items } = await json(app.request("/api/v1/framework-templates", { token: org.tokens.teller }));
    const template = items.find((t: { id: string }) => t.id === "sociaal-domein-klantmanagers").framework;
    expect(template.language).toBe("nl");
    expect(template.prompts[0].text).toMatch(/^Vertel over een moment in je werk waarop/);
    const types = new Set(template.signifiers.map((s: { type: string }) => s.type));
    expect([...types].sort()).toEqual(["choice", "dyad", "scale", "stones", "text", "triad"]);
    const roles = template.signifiers.map((s: { role?: string }) => s.role).filter(Boolean).sort();
    expect(roles).toEqual(["intervention", "outcome", "situation"]);
    const created = await post(template);
    expect(created.status).toBe(201);
  });

  it("creates version 1 and makes a new version on each edit", async () => {
    const created = await json(post(smallFramework));
    expect(created.version).toBe(1);
    const revised = await app.request(`/api/v1/frameworks/${created.id}`, { method: "PUT", token: org.adminToken, json: { ...smallFramework, name: "Test 2" } });
    expect((await revised.json()).version).toBe(2);
    const fetched = await json(app.request(`/api/v1/frameworks/${created.id}`, { token: org.tokens.teller }));
    expect(fetched).toMatchObject({ version: 2, name: "Test 2" });
  });

  it("refuses bad definitions, naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ ...smallFramework, signifiers: [{ id: "a", type: "triad", question: "?", labels: ["x", "y"] }] }, "signifiers.0.labels"],
      [{ ...smallFramework, signifiers: [{ id: "a", type: "slider", question: "?" }] }, "signifiers.0.type"],
      [{ ...smallFramework, signifiers: [{ id: "a", type: "scale", question: "?", min: 5, max: 1 }] }, "signifiers.0.max"],
      [{ ...smallFramework, signifiers: [smallFramework.signifiers[0], smallFramework.signifiers[0]] }, "signifiers.1.id"],
      [{ ...smallFramework, prompts: [] }, "prompts"],
      [{ ...smallFramework, language: "Nederlands" }, "language"],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, field).toBe(400);
      expect((await res.json()).invalidParams.map((p: { name: string }) => p.name), field).toContain(field);
    }
  });

  it("lets only admins manage frameworks", async () => {
    expect((await post(smallFramework, org.tokens.analyst)).status).toBe(403);
    expect((await app.request("/api/v1/frameworks", { token: org.tokens.teller })).status).toBe(200);
  });
});
