// The stories of one framework in one organization, column by column. Rows are dense: erasing a
// story moves the last row into its place, so every scan runs over 0 … length − 1 with no
// tombstones to skip. Rows are kept in order of told_at as far as possible: a period filter is then
// a binary search, and every later scan reads one contiguous stretch of memory instead of rows
// scattered over it. New stories mostly arrive in time order and extend the sorted part; the rest
// (imports of older stories, erasures) sit after it until the segment is sorted again. Only
// stories whose teller consented to research are ever stored here.
import { type CatalogEntry, entryKind, type SignifierCatalog } from "../core/patterns/catalog.ts";
import { ascendingOrder } from "../core/patterns/rank-tests.ts";
import { type Column, createColumn, permuted, type Typed } from "./columns.ts";
import { Dictionary } from "./dictionary.ts";
import { IdTable } from "./story-ids.ts";

/** What the index needs of a story row (the story table's row, or the batch writer's). */
export interface IndexStory {
  id: string;
  organizationId: string;
  collectionId: string;
  frameworkId: string;
  frameworkVersion: number;
  answers: unknown;
  channel: string;
  teamId: string | null;
  consentResearch: boolean;
  toldAt: Date | string | number;
}

/** Milliseconds since 1970, whole: SQL compares told_at with bounds given to the millisecond. */
export function toldMs(toldAt: Date | string | number): number {
  const ms = toldAt instanceof Date ? toldAt.getTime() : typeof toldAt === "number" ? toldAt : Date.parse(toldAt);
  if (Number.isNaN(ms)) throw new RangeError(`told_at ${String(toldAt)} is not a time`);
  return Math.floor(ms);
}

function grownCopy<T extends Float64Array | Uint16Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array.subarray(0, Math.min(array.length, capacity)) as never);
  return next;
}

/** A segment's contents as plain values and typed arrays of `length` rows (see snapshot/). */
export interface SegmentParts {
  organizationId: string;
  frameworkId: string;
  catalog: SignifierCatalog;
  length: number;
  sortedPrefix: number;
  ids: Uint32Array;
  told: Float64Array;
  collection: Uint16Array;
  team: Uint16Array;
  channel: Uint16Array;
  collections: readonly (string | null)[];
  teams: readonly (string | null)[];
  channels: readonly (string | null)[];
  columns: { entry: CatalogEntry; arrays: Typed[] }[];
}

/** Below this share of rows in time order, the next query sorts the segment again. */
const RESORT_BELOW = 0.9;

export class Segment {
  length = 0;
  /** Rows 0 … sortedPrefix − 1 are in order of told time. */
  sortedPrefix = 0;
  private capacity: number;
  ids: IdTable;
  told: Float64Array;
  collection: Uint16Array;
  team: Uint16Array;
  channel: Uint16Array;
  collections = new Dictionary();
  teams = new Dictionary();
  channels = new Dictionary();
  readonly columns = new Map<string, Column>();
  /** Reused for every selection: allocating megabytes per query costs more than the query. */
  private selection = new Int32Array(0);

  constructor(readonly organizationId: string, readonly frameworkId: string, public catalog: SignifierCatalog, capacity = 256) {
    this.capacity = capacity;
    this.ids = new IdTable(capacity);
    this.told = new Float64Array(capacity);
    this.collection = new Uint16Array(capacity);
    this.team = new Uint16Array(capacity);
    this.channel = new Uint16Array(capacity);
    for (const entry of catalog.entries) this.columns.set(entry.id, createColumn(entry, capacity));
  }

  /**
   * Takes the catalog of a newer framework version: new signifiers get columns (missing for the
   * stories so far), new options get codes. False, with nothing changed, when a signifier changed
   * kind: its old answers cannot be reread from the columns, so the segment must be reloaded.
   */
  setCatalog(catalog: SignifierCatalog): boolean {
    const conflict = catalog.entries.some((e) => {
      const column = this.columns.get(e.id);
      return column !== undefined && entryKind(column.entry) !== entryKind(e);
    });
    if (conflict) return false;
    for (const entry of catalog.entries) {
      const column = this.columns.get(entry.id);
      if (column) column.setEntry(entry as never);
      else this.columns.set(entry.id, createColumn(entry, this.capacity));
    }
    this.catalog = catalog;
    return true;
  }

  /**
   * Room for a selection of every row, in a buffer that the next selection overwrites: a
   * selection must be used within the synchronous code that asked for it.
   */
  selectionBuffer(): Int32Array {
    if (this.selection.length < this.length) this.selection = new Int32Array(this.capacity);
    return this.selection;
  }

  /** Room for `more` stories without copying (the loader knows the count ahead). */
  reserve(more: number): void {
    if (this.length + more > this.capacity) this.grow(this.length + more);
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.ids.grow(capacity, this.length);
    this.told = grownCopy(this.told, capacity);
    this.collection = grownCopy(this.collection, capacity);
    this.team = grownCopy(this.team, capacity);
    this.channel = grownCopy(this.channel, capacity);
    for (const column of this.columns.values()) column.grow(capacity);
  }

  /** Adds a story, or overwrites it when its id is already here (an edit, a repeated notification). */
  upsert(story: IndexStory): void {
    let row = this.ids.find(story.id);
    if (row < 0) {
      if (this.length === this.capacity) this.grow(Math.max(256, Math.ceil(this.capacity * 1.5)));
      row = this.length++;
      this.ids.add(row, story.id);
    }
    this.setTold(row, toldMs(story.toldAt));
    this.collection[row] = this.collections.code(story.collectionId);
    this.team[row] = this.teams.code(story.teamId);
    this.channel[row] = this.channels.code(story.channel);
    const answers = typeof story.answers === "object" && story.answers !== null ? (story.answers as Record<string, unknown>) : {};
    for (const [id, column] of this.columns) column.set(row, answers[id]);
  }

  /** Sets a row's time, keeping track of how far the rows are still in time order. */
  private setTold(row: number, ms: number): void {
    this.told[row] = ms;
    const after = row === this.sortedPrefix && (row === 0 || this.told[row - 1]! <= ms);
    const within = row < this.sortedPrefix && (row === 0 || this.told[row - 1]! <= ms) && (row + 1 >= this.sortedPrefix || ms <= this.told[row + 1]!);
    if (after) this.sortedPrefix++;
    else if (row < this.sortedPrefix && !within) this.sortedPrefix = row;
  }

  /** Sorts the rows by told time when too many have fallen out of order (see above). */
  keepSorted(): void {
    if (this.sortedPrefix >= RESORT_BELOW * this.length) return;
    const order = ascendingOrder(this.told.subarray(0, this.length));
    const n = this.length;
    this.ids.permute(order, n);
    this.told = permuted(this.told, order, n);
    this.collection = permuted(this.collection, order, n);
    this.team = permuted(this.team, order, n);
    this.channel = permuted(this.channel, order, n);
    for (const column of this.columns.values()) column.permute(order, n);
    this.sortedPrefix = n;
  }

  /** Erases a story; false when it is not here. */
  remove(id: string): boolean {
    const row = this.ids.find(id);
    if (row < 0) return false;
    const last = this.length - 1;
    this.ids.removeAndFill(row, last);
    if (row !== last) {
      this.setTold(row, this.told[last]!);
      this.collection[row] = this.collection[last]!;
      this.team[row] = this.team[last]!;
      this.channel[row] = this.channel[last]!;
      for (const column of this.columns.values()) column.move(last, row);
    }
    this.length--;
    this.sortedPrefix = Math.min(this.sortedPrefix, this.length);
    return true;
  }

  /** The rows as views on the live arrays: valid until the next change to the segment. */
  parts(): SegmentParts {
    const n = this.length;
    const rows = <T extends Typed>(array: T): T => array.subarray(0, n * (array.length / this.capacity)) as T;
    return {
      organizationId: this.organizationId, frameworkId: this.frameworkId, catalog: this.catalog, length: n, sortedPrefix: this.sortedPrefix,
      ids: this.ids.wordsOf(n), told: rows(this.told), collection: rows(this.collection), team: rows(this.team), channel: rows(this.channel),
      collections: this.collections.entries(), teams: this.teams.entries(), channels: this.channels.entries(),
      columns: [...this.columns.values()].map((column) => ({ entry: column.entry, arrays: column.arraysOf().map(rows) })),
    };
  }

  /** A segment over parts read back from a snapshot, exactly full (the next story grows it). */
  static restore(parts: SegmentParts): Segment {
    const segment = new Segment(parts.organizationId, parts.frameworkId, parts.catalog, 0);
    segment.capacity = parts.length;
    segment.length = parts.length;
    segment.sortedPrefix = parts.sortedPrefix;
    segment.ids = IdTable.fromWords(parts.ids);
    [segment.told, segment.collection, segment.team, segment.channel] = [parts.told, parts.collection, parts.team, parts.channel];
    [segment.collections, segment.teams, segment.channels] = [Dictionary.from(parts.collections), Dictionary.from(parts.teams), Dictionary.from(parts.channels)];
    segment.columns.clear();
    for (const { entry, arrays } of parts.columns) {
      const column = createColumn(entry, 0);
      column.adopt(arrays, parts.length);
      segment.columns.set(entry.id, column);
    }
    return segment;
  }

  bytes(): number {
    let total = this.selection.byteLength + this.ids.bytes() + this.told.byteLength + this.collection.byteLength + this.team.byteLength + this.channel.byteLength;
    for (const column of this.columns.values()) total += column.bytes();
    return total;
  }
}
