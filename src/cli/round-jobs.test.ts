// `vertelpunt round-jobs --now …` against a database a server left behind: it sends the reminder
// that is due at that moment, once, and says what it did.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization } from "../testing/fixtures.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../testing/test-app.ts";
import { CliError } from "./cli-error.ts";
import { nowFrom, roundJobsCommand } from "./round-jobs.ts";

const DAY = 86_400_000;
let smtp: TestSmtpServer;
let app: TestApp;
let dataDir: string;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  dataDir = mkdtempSync(join(tmpdir(), "vp-round-jobs-"));
  const mail = { smtpUrl: smtp.url, from: "Vertelpunt <vertelpunt@example.nl>" };
  app = await createTestApp({ mail, dataDir: join(dataDir, "db") });
  const org = await makeOrganization(app);
  const { collection } = await makeCollection(app, org.adminToken);
  const round = await json(app.request(`/api/v1/collections/${collection.id}/listening-rounds`, {
    method: "POST", token: org.adminToken,
    json: { name: "Ronde", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 30 * DAY).toISOString(), reminderAfterDays: 2 },
  }));
  await app.request(`/api/v1/collections/${collection.id}/listening-rounds/${round.id}/invitations`, { method: "POST", token: org.tokens.analyst, json: { list: "cli@example.nl" } });
  await smtp.mailTo("cli@example.nl");
  // The embedded database allows one process at a time: the server stops first. A PostgreSQL test
  // database is dropped on close, so there the server stays up beside the command.
  if (!app.databaseUrl) await app.close();
});
afterAll(async () => {
  if (app.databaseUrl) await app.close();
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("vertelpunt round-jobs", () => {
  it("sends the reminders due at --now, once", async () => {
    const config = {
      port: 0, host: "127.0.0.1", publicUrl: TEST_ORIGIN, logLevel: "silent", dataDir: join(dataDir, "db"),
      databaseUrl: app.databaseUrl, mail: { smtpUrl: smtp.url, from: "Vertelpunt <vertelpunt@example.nl>" },
      recordingStorage: { kind: "files" as const, directory: join(dataDir, "recordings") },
    };
    const later = new Date(Date.now() + 3 * DAY).toISOString();
    expect(await roundJobsCommand(["--now", later], config)).toBe("0 e-mail addresses of closed rounds deleted, 1 reminders sent.");
    expect((await smtp.mailTo("cli@example.nl", { subject: /Herinnering/ })).text).toContain("#uitnodiging=");
    expect(await roundJobsCommand(["--now", later], config)).toBe("0 e-mail addresses of closed rounds deleted, 0 reminders sent.");
  });

  it("refuses a --now that is no moment", () => {
    expect(() => nowFrom(["--now", "morgen"])).toThrow(CliError);
    expect(nowFrom(["--now", "2027-03-01T09:00:00Z"]).toISOString()).toBe("2027-03-01T09:00:00.000Z");
  });
});
