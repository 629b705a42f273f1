// `vertelpunt start` as real processes: one process per embedded data directory, and no story that
// was acknowledged (201) is lost when the server is killed with SIGKILL mid-stream.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../db/data-dir-lock.ts";
import { SNAPSHOT_FILE } from "../index/snapshot/file.ts";
import { smallFramework, validAnswers } from "../testing/fixtures.ts";
import { enrolInTwoFactor } from "../testing/spawn-server.ts";
import { testEngine } from "../testing/test-app.ts";
import { freshPostgresDatabase, type RunningServer, runCli, startServer } from "../testing/test-server.ts";

const engine = testEngine();
const dataDir = mkdtempSync(join(tmpdir(), "vp-process-"));
let server: RunningServer | undefined;
let dropDatabase = async () => {};
let serverEnv: Record<string, string> = { VERTELPUNT_DATA_DIR: dataDir };

afterAll(async () => {
  server?.child.kill("SIGKILL");
  await server?.exited;
  await dropDatabase();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every file's size and mtime, to show that a refused process changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== LOCK_FILE) files[relative(dir, path)] = `${statSync(path).size}:${statSync(path).mtimeMs}`;
    }
  };
  walk(dir);
  return files;
}

/** The first server writes its index snapshot once its index is loaded, after it already answers. */
async function untilIndexSnapshotWritten(dir: string): Promise<void> {
  const path = join(dir, "index", SNAPSHOT_FILE);
  for (const deadline = Date.now() + 60_000; !existsSync(path); ) {
    if (Date.now() > deadline) throw new Error(`no index snapshot at ${path} after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(engine === "postgres")("one process per embedded data directory", () => {
  it("refuses a second start on a directory in use, fast, naming it and the pid, without touching it", async () => {
    server = await startServer(serverEnv);
    await untilIndexSnapshotWritten(dataDir);
    const before = snapshot(dataDir);
    const started = Date.now();
    const second = runCli(["start"], { VERTELPUNT_DATA_DIR: dataDir, PORT: "0" });
    expect(await second.exited).toBe(2);
    console.log(`second start refused after ${Date.now() - started} ms (node + tsx start-up included)`);
    expect(second.output()).toContain(`The data directory ${dataDir} is in use by another Vertelpunt process (pid ${server.child.pid})`);
    expect(snapshot(dataDir)).toEqual(before);
    expect((await server.api("")).status).toBe(200); // the first one is unharmed
  });
});

const story = { text: "Het gesprek hielp mij.", answers: validAnswers, consent: { research: true } };

/** Concurrent loops telling stories until stopped or the server goes away; returns acknowledged ids. */
function tellStories(target: RunningServer, slug: string, loops: number) {
  const acknowledged: string[] = [];
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      try {
        const res = await target.api(`/public-collections/${slug}/stories`, { method: "POST", json: story });
        if (res.status !== 201) throw new Error(`tell: ${res.status} ${JSON.stringify(res.body)}`);
        acknowledged.push(res.body.id);
      } catch (error) {
        if (stopped) return;
        throw error;
      }
    }
  };
  const running = Promise.all(Array.from({ length: loops }, loop));
  return { acknowledged, running, stop: () => (stopped = true) };
}

async function allStoryIds(target: RunningServer, token: string, collectionId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const query: string = `collectionId=${collectionId}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await target.api(`/stories?${query}`, { token });
    expect(page.status).toBe(200);
    for (const item of page.body.items) ids.add(item.id);
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describe(`no acknowledged story is lost when the server is killed (${engine})`, () => {
  let token = "";
  let collection: { id: string; slug: string };
  it("finds every story acknowledged before a SIGKILL after a restart", async () => {
    const started = Date.now();
    if (engine === "postgres") {
      const database = await freshPostgresDatabase(process.env.DATABASE_URL!);
      dropDatabase = database.drop;
      serverEnv = { DATABASE_URL: database.url };
    }
    server ??= await startServer(serverEnv);
    const setup = await server.api("/setup", { method: "POST", json: { organizationName: "Gemeente Test", name: "Beheer", email: "beheer@example.nl", password: "een-lang-wachtwoord" } });
    expect(setup.status).toBe(201);
    // Admins set up two-factor sign-in before the server lets them do anything else.
    token = (await enrolInTwoFactor(server.url, setup.body.token)).token;
    const framework = await server.api("/frameworks", { method: "POST", token, json: smallFramework });
    expect(framework.status).toBe(201);
    const created = await server.api("/collections", { method: "POST", token, json: { name: "Luisterronde", frameworkId: framework.body.id, audience: "clients", anonymous: true } });
    expect(created.status).toBe(201);
    collection = created.body;

    const telling = tellStories(server, collection.slug, 6);
    const failed = telling.running.then(() => undefined, (error: Error) => error);
    const streamStart = Date.now();
    while (telling.acknowledged.length < 150 && Date.now() - streamStart < 20_000) await new Promise((r) => setTimeout(r, 20));
    telling.stop(); // from here on, failed requests are expected: the server is about to die
    server.child.kill("SIGKILL");
    expect(await server.exited).toBe("SIGKILL");
    expect(await failed).toBeUndefined();
    const acknowledged = [...telling.acknowledged];
    const streamMs = Date.now() - streamStart;

    const restartAt = Date.now();
    server = await startServer(serverEnv); // on PGlite: stale lock and postmaster.pid are cleared
    const restartMs = Date.now() - restartAt;
    const found = await allStoryIds(server, token, collection.id);
    const missing = acknowledged.filter((id) => !found.has(id));
    console.log(`${engine}: ${acknowledged.length} stories acknowledged in ${streamMs} ms before SIGKILL, ` +
      `${found.size} found after a restart of ${restartMs} ms, ${missing.length} missing; whole test ${Date.now() - started} ms`);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);

  });

  it.skipIf(engine === "postgres")("backs up the running database under load, on its machine and over the API; each restored copy holds every story acknowledged before its backup began", async () => {
    const telling = tellStories(server!, collection.slug, 4);
    const failed = telling.running.then(() => undefined, (error: Error) => error);
    while (telling.acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
    const backups: { via: string; before: string[]; during: number; file: string }[] = [];
    for (const [via, extra] of [["socket", []], ["api", ["--url", server!.url, "--token", token]]] as const) {
      const before = [...telling.acknowledged];
      const file = `${dataDir}-backup-${via}.tar.gz`;
      const backup = runCli(["backup", file, ...extra], { VERTELPUNT_DATA_DIR: dataDir });
      expect(await backup.exited, backup.output()).toBe(0);
      backups.push({ via, before, during: telling.acknowledged.length - before.length, file });
    }
    telling.stop();
    expect(await failed).toBeUndefined();
    expect((await server!.api("/audit-events?action=backup.created", { token })).body.items.map((e: { detail: { via: string } }) => e.detail.via)).toEqual(["api", "command"]);

    for (const { via, before, during, file } of backups) {
      const restoredDir = mkdtempSync(join(tmpdir(), "vp-restored-"));
      try {
        const restore = runCli(["restore", file], { VERTELPUNT_DATA_DIR: restoredDir });
        expect(await restore.exited).toBe(0);
        const copy = await startServer({ VERTELPUNT_DATA_DIR: restoredDir });
        const found = await allStoryIds(copy, token, collection.id); // the admin's token still works in the copy
        copy.child.kill("SIGTERM");
        expect(await copy.exited).toBe(0);
        console.log(`online backup (${via}): ${before.length} stories acknowledged before it began, ${during} more during it; ${found.size} in the restored copy`);
        expect(before.filter((id) => !found.has(id))).toEqual([]);
      } finally {
        rmSync(restoredDir, { recursive: true, force: true });
        rmSync(file, { force: true });
      }
    }
  }, 300_000); // four process starts and two restores

  it("on SIGTERM answers the requests in flight, ends open event streams, and stores nothing it did not acknowledge", async () => {
    expect(server).toBeDefined(); // restarted after the crash above
    const before = await allStoryIds(server!, token, collection.id);
    const stream = await fetch(`${server!.url}/api/v1/collections/${collection.id}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(stream.status).toBe(200);
    const streamEnded = stream.text().then(() => true, () => true);
    const telling = tellStories(server!, collection.slug, 6);
    const failed = telling.running.then(() => undefined, (error: Error) => error);
    while (telling.acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    const stopAt = Date.now();
    server!.child.kill("SIGTERM"); // mid-stream: some requests are being handled right now
    expect(await server!.exited).toBe(0);
    const stopMs = Date.now() - stopAt;
    telling.stop(); // requests sent after the server stopped listening fail, as they should
    await failed;
    expect(await streamEnded).toBe(true);

    server = await startServer(serverEnv);
    const stored = [...(await allStoryIds(server, token, collection.id))].filter((id) => !before.has(id));
    const acknowledged = new Set(telling.acknowledged);
    console.log(`${engine}: SIGTERM stopped the server in ${stopMs} ms; ${acknowledged.size} stories acknowledged, ${stored.length} stored`);
    expect(stored.filter((id) => !acknowledged.has(id))).toEqual([]); // none stored behind the teller's back
    expect(stored.length).toBe(acknowledged.size);
    expect(stopMs).toBeLessThan(10_000); // the open event stream did not hold the stop up

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    server = undefined;
  });
});
