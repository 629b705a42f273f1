// The index on disk, so a restart reads a file instead of every story. One file:
//   8 bytes  magic "VPINDEX1"
//   4 bytes  format version (uint32 LE)
//   4 bytes  length of the header JSON (uint32 LE)
//   8 bytes  length of the payload (float64 LE: a whole number of bytes)
//   32 bytes SHA-256 over the header JSON and the payload
//   header JSON (where the index stood, the segments' plain values, each array's type and place)
//   payload: the typed arrays, each starting at a multiple of 8 bytes from the payload's start
// It is written to a temporary file, flushed, and renamed over the old one (then the directory is
// flushed), so a crash leaves either the old file or the new one whole. Reading checks all of the
// above; anything amiss and the caller builds the index from the database instead.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { CatalogEntry } from "../../core/patterns/catalog.ts";
import type { Typed } from "../columns.ts";
import type { SegmentParts } from "../segment.ts";

const MAGIC = Buffer.from("VPINDEX1", "latin1");
/** Raised whenever the layout or the meaning of a column changes: older files are then rebuilt. */
export const FORMAT_VERSION = 1;
const PREFIX_BYTES = 8 + 4 + 4 + 8 + 32;
export const SNAPSHOT_FILE = "index.snapshot";

const kinds = { f64: Float64Array, f32: Float32Array, u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;
type Kind = keyof typeof kinds;

function kindOf(array: Typed): Kind {
  const kind = (Object.keys(kinds) as Kind[]).find((k) => array instanceof kinds[k]);
  if (!kind) throw new TypeError("not an index array");
  return kind;
}

/** Where the index stood when written: see position.ts. */
export interface SnapshotOrigin {
  /** The database's identity (cluster and database), so a file never meets another database. */
  databaseId: string;
  /** pg_current_snapshot() as text: every change it does not see is read again at start. */
  position: string;
  writtenAt: string;
}

interface ArrayRef {
  kind: Kind;
  /** Offset from the payload's start, and count of elements. */
  at: number;
  n: number;
}

type StoredSegment = Omit<SegmentParts, "catalog" | "ids" | "told" | "collection" | "team" | "channel" | "columns"> & {
  entries: CatalogEntry[];
  arrays: { ids: ArrayRef; told: ArrayRef; collection: ArrayRef; team: ArrayRef; channel: ArrayRef };
  columns: { entry: CatalogEntry; arrays: ArrayRef[] }[];
};

interface Header extends SnapshotOrigin {
  segments: StoredSegment[];
}

export interface Snapshot extends SnapshotOrigin {
  segments: SegmentParts[];
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes what writers killed half-way left behind (a live writer's file stays). */
async function removeAbandoned(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = /^index\.snapshot\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await rm(join(dir, name), { force: true });
  }
}

/** The header and the list of arrays in payload order. */
function layout(origin: SnapshotOrigin, segments: SegmentParts[]): { header: Header; arrays: Typed[] } {
  const arrays: Typed[] = [];
  let at = 0;
  const place = (array: Typed): ArrayRef => {
    const ref = { kind: kindOf(array), at, n: array.length };
    arrays.push(array);
    at = align8(at + array.byteLength);
    return ref;
  };
  const stored = segments.map((s): StoredSegment => ({
    organizationId: s.organizationId, frameworkId: s.frameworkId, length: s.length, sortedPrefix: s.sortedPrefix,
    collections: s.collections, teams: s.teams, channels: s.channels, entries: s.catalog.entries,
    arrays: { ids: place(s.ids), told: place(s.told), collection: place(s.collection), team: place(s.team), channel: place(s.channel) },
    columns: s.columns.map((c) => ({ entry: c.entry, arrays: c.arrays.map(place) })),
  }));
  return { header: { ...origin, segments: stored }, arrays };
}

const bytesOf = (array: Typed) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Writes the file in `dir` safely (see above). `afterBytes` is for the crash tests only. */
export async function writeSnapshot(dir: string, origin: SnapshotOrigin, segments: SegmentParts[], afterBytes?: (written: number) => Promise<void>): Promise<void> {
  const { header, arrays } = layout(origin, segments);
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const hash = createHash("sha256").update(json);
  const padding = new Uint8Array(8);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const array of arrays) {
    const bytes = bytesOf(array);
    chunks.push(bytes, padding.subarray(0, align8(offset + bytes.byteLength) - offset - bytes.byteLength));
    offset = align8(offset + bytes.byteLength);
  }
  for (const chunk of chunks) hash.update(chunk);
  const payloadBytes = offset;
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(FORMAT_VERSION, 8);
  prefix.writeUInt32LE(json.byteLength, 12);
  prefix.writeDoubleLE(payloadBytes, 16);
  hash.digest().copy(prefix, 24);

  await mkdir(dir, { recursive: true });
  await removeAbandoned(dir);
  const temporary = join(dir, `${SNAPSHOT_FILE}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const file = await open(temporary, "w");
  try {
    let written = 0;
    const headBytes = align8(PREFIX_BYTES + json.byteLength);
    for (const chunk of [prefix, json, new Uint8Array(headBytes - PREFIX_BYTES - json.byteLength), ...chunks]) {
      if (chunk.byteLength === 0) continue;
      await file.write(chunk);
      written += chunk.byteLength;
      await afterBytes?.(written);
    }
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, join(dir, SNAPSHOT_FILE));
  const directory = await open(dir, "r");
  await directory.sync().finally(() => directory.close());
}

/** Why a file was not used (a missing file is not a failure: undefined). */
export class UnusableSnapshot extends Error {}

/** Reads and checks the file; undefined when there is none. Arrays are views on one buffer. */
export async function readSnapshot(dir: string): Promise<Snapshot | undefined> {
  let data: Buffer;
  try {
    data = await readFile(join(dir, SNAPSHOT_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (data.byteLength < PREFIX_BYTES || !data.subarray(0, 8).equals(MAGIC)) throw new UnusableSnapshot("not an index snapshot");
  const version = data.readUInt32LE(8);
  if (version !== FORMAT_VERSION) throw new UnusableSnapshot(`format ${version}, this version reads ${FORMAT_VERSION}`);
  const jsonBytes = data.readUInt32LE(12);
  const payloadBytes = data.readDoubleLE(16);
  const payloadAt = align8(PREFIX_BYTES + jsonBytes);
  if (payloadAt + payloadBytes !== data.byteLength) throw new UnusableSnapshot("the file is cut short or too long");
  const json = data.subarray(PREFIX_BYTES, PREFIX_BYTES + jsonBytes);
  const digest = createHash("sha256").update(json).update(data.subarray(payloadAt)).digest();
  if (!digest.equals(data.subarray(24, 56))) throw new UnusableSnapshot("checksum mismatch");
  // Typed arrays need their element size's alignment: a buffer that does not start on 8 is copied.
  const bytes = data.byteOffset % 8 === 0 ? data : Buffer.from(data);
  const header = JSON.parse(json.toString("utf8")) as Header;
  const view = <T extends Typed>(ref: ArrayRef): T => new kinds[ref.kind](bytes.buffer as ArrayBuffer, bytes.byteOffset + payloadAt + ref.at, ref.n) as T;
  const segments = header.segments.map((s): SegmentParts => ({
    organizationId: s.organizationId, frameworkId: s.frameworkId, length: s.length, sortedPrefix: s.sortedPrefix,
    collections: s.collections, teams: s.teams, channels: s.channels,
    catalog: { entries: s.entries, byId: new Map(s.entries.map((e) => [e.id, e])) },
    ids: view(s.arrays.ids), told: view(s.arrays.told), collection: view(s.arrays.collection), team: view(s.arrays.team), channel: view(s.arrays.channel),
    columns: s.columns.map((c) => ({ entry: c.entry, arrays: c.arrays.map(view) })),
  }));
  return { databaseId: header.databaseId, position: header.position, writtenAt: header.writtenAt, segments };
}
