// The outbox: stories told while there was no connection wait in IndexedDB until they are sent.
// Kiosks and interviewers' tablets are shared, so what waits is sealed with AES-GCM under a key the
// browser will not hand out (non-extractable, kept in the same database), and deleted once sent:
// reading the device's storage shows no story. A voice recording waits beside its story, sealed the
// same way (its type and length inside the sealed story). See README, "Offline".
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

/** A story waiting to be sent, as the sender needs it. */
export interface OutboxEntry {
  /** The story's Idempotency-Key: sending it twice stores it once. */
  id: string;
  /** The API path the story is POSTed to. */
  postPath: string;
  /** The request body, with the time the story was told (toldAt) and, for the public form, its formToken. */
  body: Record<string, unknown>;
  /** A voice recording the teller agreed to keep: uploaded (tus) once the story is stored. */
  recording?: WaitingRecording;
  createdAt: number;
}

export interface WaitingRecording {
  blob: Blob;
  /** Its length as the recorder measured it. */
  seconds: number;
}

/** What is sealed as the story: all of the entry but its id, time and audio bytes. */
interface SealedStory {
  postPath: string;
  body: Record<string, unknown>;
  recording?: { type: string; seconds: number };
}

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/** What lies on the device: only the id, the time and sealed bytes; `rejected` is the server's reason, never the story. */
interface StoredEntry {
  id: string;
  createdAt: number;
  story: Sealed;
  recording?: Sealed;
  rejected?: string;
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: StoredEntry };
  keys: { key: string; value: CryptoKey };
}

export const OUTBOX_DB = "vertelpunt-outbox";
const KEY_NAME = "outbox";

/** Web Crypto and IndexedDB: without either (e.g. plain http on a local network) nothing waits on the device. */
export const outboxAvailable = () => typeof indexedDB !== "undefined" && typeof crypto !== "undefined" && crypto.subtle !== undefined;

let opened: Promise<IDBPDatabase<OutboxDb>> | undefined;
const database = () =>
  (opened ??= openDB<OutboxDb>(OUTBOX_DB, 1, {
    upgrade(db) {
      db.createObjectStore("entries", { keyPath: "id" });
      db.createObjectStore("keys");
    },
  }));

let sealingKey: Promise<CryptoKey> | undefined;
/** The device's key: made once, never extractable, so no script can read it out; only use it. */
const keyOf = (db: IDBPDatabase<OutboxDb>) =>
  (sealingKey ??= (async () => {
    const existing = await db.get("keys", KEY_NAME);
    if (existing) return existing;
    const made = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    try {
      await db.add("keys", made, KEY_NAME);
      return made;
    } catch {
      // Another tab made one at the same moment: use that one.
      return (await db.get("keys", KEY_NAME))!;
    }
  })());

// The entry's id is bound in as additional data: sealed bytes cannot be moved to another entry.
const aes = (id: string, iv: Uint8Array<ArrayBuffer>) => ({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode(id) });

async function seal(key: CryptoKey, id: string, plain: ArrayBuffer): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, data: await crypto.subtle.encrypt(aes(id, iv), key, plain) };
}
const unseal = (key: CryptoKey, id: string, sealed: Sealed) => crypto.subtle.decrypt(aes(id, sealed.iv), key, sealed.data);
// The audio has additional data of its own: it cannot pass for the story text, nor for another story's audio.
const recordingAad = (id: string) => `${id}:recording`;

const listeners = new Set<() => void>();
/** Calls `listener` whenever the outbox changes (in this tab); returns the unsubscribe. */
export function onOutboxChange(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

export async function addToOutbox(entry: OutboxEntry): Promise<void> {
  const db = await database();
  const key = await keyOf(db);
  const { id, postPath, body, recording, createdAt } = entry;
  const plain: SealedStory = { postPath, body, ...(recording ? { recording: { type: recording.blob.type, seconds: recording.seconds } } : {}) };
  const story = await seal(key, id, new TextEncoder().encode(JSON.stringify(plain)).buffer);
  const audio = recording ? await seal(key, recordingAad(id), await recording.blob.arrayBuffer()) : undefined;
  await db.put("entries", { id, createdAt, story, ...(audio ? { recording: audio } : {}) });
  changed();
}

export interface OutboxSummary {
  waiting: number;
  /** Stories the server refused for good (e.g. the collection closed before they were told), with its reason. */
  rejected: { id: string; reason: string }[];
}

export async function outboxSummary(): Promise<OutboxSummary> {
  const all = await (await database()).getAll("entries");
  return {
    waiting: all.filter((e) => e.rejected === undefined).length,
    rejected: all.filter((e) => e.rejected !== undefined).map((e) => ({ id: e.id, reason: e.rejected! })),
  };
}

/** The entries still to send, oldest first, unsealed. */
export async function waitingEntries(): Promise<OutboxEntry[]> {
  const db = await database();
  const stored = (await db.getAll("entries")).filter((e) => e.rejected === undefined).sort((a, b) => a.createdAt - b.createdAt);
  if (stored.length === 0) return [];
  const key = await keyOf(db);
  return Promise.all(stored.map(async (e) => {
    const { postPath, body, recording }: SealedStory = JSON.parse(new TextDecoder().decode(await unseal(key, e.id, e.story)));
    const blob = recording && e.recording ? new Blob([await unseal(key, recordingAad(e.id), e.recording)], { type: recording.type }) : undefined;
    return { id: e.id, createdAt: e.createdAt, postPath, body, ...(blob ? { recording: { blob, seconds: recording!.seconds } } : {}) };
  }));
}

export async function removeFromOutbox(id: string): Promise<void> {
  await (await database()).delete("entries", id);
  changed();
}

/** Keeps a refused story (still sealed) with the server's reason, so it is not lost without a word. */
export async function markRejected(id: string, reason: string): Promise<void> {
  const db = await database();
  const entry = await db.get("entries", id);
  if (entry) await db.put("entries", { ...entry, rejected: reason });
  changed();
}
