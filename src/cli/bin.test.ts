// The installed command (package.json "bin", e.g. `npx vertelpunt`) runs the TypeScript CLI without a
// build step.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const { bin } = JSON.parse(readFileSync("package.json", "utf8")) as { bin: { vertelpunt: string } };
const vertelpunt = (...args: string[]) => spawnSync(process.execPath, [bin.vertelpunt, ...args], { encoding: "utf8" });

describe("the vertelpunt command as installed", () => {
  it("prints its usage, and refuses an unknown command with exit code 1", () => {
    const usage = vertelpunt();
    expect(usage.status).toBe(0);
    expect(usage.stdout).toContain("Usage: vertelpunt <command>");
    const unknown = vertelpunt("frobnicate");
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain("Usage: vertelpunt <command>");
  });
});
