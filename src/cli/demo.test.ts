// `vertelpunt demo` against a running server: makes the demo vertelpunt (the same seed, the same
// stories), refuses a second one, and removes it again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolInTwoFactor } from "../testing/spawn-server.ts";
import { testEngine } from "../testing/test-app.ts";
import { type RunningServer, runCli, startServer } from "../testing/test-server.ts";

const dir = mkdtempSync(join(tmpdir(), "vp-demo-"));
let server: RunningServer;
let token: string;

beforeAll(async () => {
  if (testEngine() === "postgres") return;
  server = await startServer({ VERTELPUNT_DATA_DIR: join(dir, "data") });
  const setup = (await server.api("/setup", { method: "POST", json: { organizationName: "Gemeente", name: "Beheer", email: "admin@example.nl", password: "een-lang-wachtwoord" } })).body.token;
  token = (await enrolInTwoFactor(server.url, setup)).token;
});
afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

const demoCli = async (args: string[]) => {
  const cli = runCli(["demo", ...args, "--url", server.url, "--token", token]);
  return { code: await cli.exited, output: cli.output() };
};
const demoStoryTexts = async () => {
  const { demoCollectionId } = (await server.api("/getting-started", { token })).body;
  return (await server.api(`/stories?collectionId=${demoCollectionId}&limit=100`, { token })).body.items.map((s: { text: string }) => s.text).sort();
};

describe.skipIf(testEngine() === "postgres")("vertelpunt demo", () => {
  it("makes the demo vertelpunt, the same for the same seed, and removes it", async () => {
    const made = await demoCli(["--seed", "5", "--count", "60"]);
    expect(made.code).toBe(0);
    expect(made.output).toContain('Made the demo vertelpunt "Demo: klantmanagers vertellen" with 60 invented stories.');
    const first = await demoStoryTexts();
    expect(first).toHaveLength(60);

    const twice = await demoCli([]);
    expect(twice.code).toBe(1);
    expect(twice.output).toContain("The server answered 409");

    const removed = await demoCli(["--remove"]);
    expect(removed.code).toBe(0);
    expect(removed.output).toContain("Removed the demo vertelpunt");
    expect((await server.api("/getting-started", { token })).body.demoCollectionId).toBeNull();
    expect((await demoCli(["--remove"])).output).toContain("There is no demo vertelpunt to remove.");

    expect((await demoCli(["--seed", "5", "--count", "60"])).code).toBe(0);
    expect(await demoStoryTexts()).toEqual(first);
  });

  it("says how to use it", async () => {
    const wrong = await demoCli(["--seed", "vijf"]);
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain("--seed takes a whole number");
  });
});
