import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { frameworkDefinition } from "../../core/framework.ts";
import { resolveFilter } from "../../core/patterns/filter.ts";
import { syntheticFramework, syntheticStories } from "../../core/patterns/synthetic.ts";
import { distributionOf } from "../distribution.ts";
import { select } from "../selection.ts";
import { StoryIndex } from "../story-index.ts";
import { readSnapshot, SNAPSHOT_FILE, UnusableSnapshot, writeSnapshot } from "./file.ts";

const ORG = "00000000-0000-4000-a000-000000000001";
const FW = "00000000-0000-4000-a000-0000000000f1";
const COLLECTIONS = ["00000000-0000-4000-a000-0000000000c1", "00000000-0000-4000-a000-0000000000c2"];
const TEAM = "00000000-0000-4000-a000-0000000000e1";
const origin = { databaseId: "7/5", position: "100:104:101", writtenAt: "2026-12-01T00:00:00.000Z" };
const dir = mkdtempSync(join(tmpdir(), "vp-snapshot-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function registered(): StoryIndex {
  const index = new StoryIndex();
  index.addFrameworkVersion(ORG, FW, 1, frameworkDefinition.parse(syntheticFramework));
  for (const id of COLLECTIONS) index.addCollection(ORG, id, FW);
  return index;
}

function filled(): StoryIndex {
  const index = registered();
  for (const s of syntheticStories(2000, 3)) {
    index.append({
      id: s.id, organizationId: ORG, collectionId: COLLECTIONS[s.collection]!, frameworkId: FW, frameworkVersion: 1, answers: s.answers,
      channel: s.channel, teamId: s.team === 0 ? null : TEAM, consentResearch: s.consentResearch, toldAt: s.toldMs,
    });
  }
  // Erasures leave rows moved and the time order partly broken: the file must keep that state exactly.
  for (const s of syntheticStories(2000, 3).slice(0, 300)) index.remove(s.id);
  return index;
}

/** Every signifier's distribution over the whole framework and within one collection. */
function answers(index: StoryIndex) {
  const out: unknown[] = [];
  for (const scope of [{ organizationId: ORG, frameworkId: FW }, { organizationId: ORG, collectionId: COLLECTIONS[1] }]) {
    const scoped = index.resolve(scope);
    for (const entry of scoped.segment.catalog.entries) {
      const rows = select(scoped, resolveFilter(scoped.segment.catalog, { channels: ["web", "kiosk"] }), undefined);
      out.push(distributionOf(scoped.segment, entry.id, rows));
    }
  }
  return out;
}

describe("the index snapshot file", () => {
  it("gives back the same index, rows and ids and all", async () => {
    const index = filled();
    await writeSnapshot(dir, origin, index.segmentParts());
    const snapshot = await readSnapshot(dir);
    expect(snapshot).toMatchObject(origin);
    const restored = registered();
    for (const parts of snapshot!.segments) expect(restored.restoreSegment(parts)).toBe(true);
    expect(restored.size().stories).toBe(index.size().stories);
    expect(answers(restored)).toEqual(answers(index));
    // Still a working index: its id table finds the stories it holds, and not the erased ones.
    const [first, second] = syntheticStories(2000, 3).slice(300).filter((s) => s.consentResearch);
    expect(restored.remove(first!.id)).toBe(true);
    expect(restored.remove(second!.id)).toBe(true);
    expect(restored.remove(syntheticStories(2000, 3)[0]!.id)).toBe(false);
    expect(restored.size().stories).toBe(index.size().stories - 2);
  });

  it("is missing (undefined), or refused when damaged, cut short or of another format", async () => {
    await expect(readSnapshot(join(dir, "none"))).resolves.toBeUndefined();
    await writeSnapshot(dir, origin, filled().segmentParts());
    const file = join(dir, SNAPSHOT_FILE);
    const good = readFileSync(file);
    const cases: [string, Buffer, RegExp][] = [
      ["a flipped bit", Buffer.from(good).fill(good[good.length - 9]! ^ 1, good.length - 9, good.length - 8), /checksum/],
      ["cut short", good.subarray(0, good.length - 1), /cut short/],
      ["another format", Buffer.from(good).fill(99, 8, 9), /format 99/],
      ["not a snapshot", Buffer.from("hello"), /not an index snapshot/],
    ];
    for (const [name, bytes, reason] of cases) {
      writeFileSync(file, bytes);
      await expect(readSnapshot(dir), name).rejects.toThrow(reason);
      await expect(readSnapshot(dir), name).rejects.toBeInstanceOf(UnusableSnapshot);
    }
  });
});
