// POST /backups: the instance's operator gets the running embedded database as a tarball that opens
// as a database with the stories told before; each backup is in every organization's audit log.
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp, testEngine } from "../../testing/test-app.ts";

let app: TestApp;
let home: Organization & { operatorToken: string };
let other: Organization;
let storyId: string;

beforeAll(async () => {
  app = await createTestApp();
  home = await makeOrganization(app);
  other = await makeOrganization(app, home.operatorToken);
  const { collection } = await makeCollection(app, home.adminToken);
  storyId = (await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
    method: "POST", token: home.tokens.teller, json: { text: "Voor de reservekopie.", answers: validAnswers, consent: { research: true } },
  }))).id;
});
afterAll(() => app.close());

const backupEvents = async (token: string) => (await json(app.request("/api/v1/audit-events?action=backup.created", { token }))).items;

describe.skipIf(testEngine() === "postgres")("backups of the running embedded database", () => {
  it("gives the operator a tarball that opens with the stories told before, and logs it in every organization", async () => {
    const res = await app.request("/api/v1/backups", { method: "POST", token: home.operatorToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="vertelpunt-\d{4}-\d\d-\d\d\.tar\.gz"$/);
    const tarball = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(gunzipSync(tarball)).includes("PG_VERSION")).toBe(true);

    const copy = await PGlite.create({ loadDataDir: new Blob([tarball]) });
    try {
      expect((await copy.query<{ n: number }>("select count(*)::int as n from story where id = $1", [storyId])).rows).toEqual([{ n: 1 }]);
    } finally {
      await copy.close();
    }
    for (const token of [home.adminToken, other.adminToken]) {
      const [event] = await backupEvents(token);
      expect(event).toMatchObject({ actorName: "Beheer", subjectType: "instance", detail: { via: "api", bytes: tarball.byteLength } });
    }
  });

  it("refuses the admin of another organization: the copy holds every organization's data", async () => {
    const res = await app.request("/api/v1/backups", { method: "POST", token: other.adminToken });
    expect(res.status).toBe(403);
    expect(await backupEvents(other.adminToken)).toHaveLength(1); // only the operator's backup above
  });
});

describe.skipIf(testEngine() !== "postgres")("backups with PostgreSQL", () => {
  it("points to pg_dump", async () => {
    const res = await app.request("/api/v1/backups", { method: "POST", token: home.operatorToken, headers: { "accept-language": "en" } });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toMatch(/pg_dump/);
  });
});
