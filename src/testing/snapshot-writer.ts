// A child process for the snapshot crash tests: opens the PGlite directory, starts the pattern
// index with snapshots in `dir` (reading the file there if it is good), then writes a snapshot and,
// when a byte count is given, SIGKILLs itself as soon as that many bytes of the file are written.
// Usage: node --import tsx src/testing/snapshot-writer.ts <dataDir> <snapshotDir> [killAtBytes]
import { openDatabase } from "../db/client.ts";
import { PatternIndex } from "../index/pattern-index.ts";

const [dataDir, dir, killAt] = process.argv.slice(2);
const database = await openDatabase({ dataDir: dataDir! });
const patterns = PatternIndex.start(database.db, undefined, { dir: dir!, everyMs: 3_600_000, log: (level, message) => console.log(`${level}: ${message}`) });
await patterns.ready;
await patterns.saveSnapshot(async (written) => {
  if (killAt !== undefined && written >= Number(killAt)) process.kill(process.pid, "SIGKILL");
});
await patterns.close();
await database.close();
console.log("written");
