// `vertelpunt demo` against a running server: makes the demo vertelpunt (the same seed, the same
// stories), refuses a second one, and removes it again.
import { describe, expect, it } from "vitest";
import { cliServerPerFile, cliTestsSkipped } from "../testing/cli-server.ts";

const env = cliServerPerFile("demo");

const demoCli = (args: string[]) => env.cli(["demo", ...args]);
const demoStoryTexts = async () => {
  const { demoCollectionId } = (await env.server.api("/getting-started", { token: env.token })).body;
  return (await env.server.api(`/stories?collectionId=${demoCollectionId}&limit=100`, { token: env.token })).body.items.map((s: { text: string }) => s.text).sort();
};

describe.skipIf(cliTestsSkipped())("vertelpunt demo", () => {
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
    expect((await env.server.api("/getting-started", { token: env.token })).body.demoCollectionId).toBeNull();
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
