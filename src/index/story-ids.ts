// Story ids of an index segment, 16 bytes a story instead of a JavaScript string and a Map entry
// (some 150 bytes each at a million stories): the UUID's four 32-bit words in one typed array, and
// an open-addressing hash table (linear probing) from id to row, for erasure and updates.

const EMPTY = -1;

/** Value of a hex digit's character code, or −1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** The 32 hex digits of a UUID (dashes where the canonical form has them) into four words. */
function parse(id: string, out: Uint32Array, at: number): void {
  if (id.length !== 36 || id[8] !== "-" || id[13] !== "-" || id[18] !== "-" || id[23] !== "-") throw new RangeError(`story id ${id} is not a UUID`);
  let word = 0;
  let digits = 0;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const d = hexDigit(id.charCodeAt(i));
    if (d < 0) throw new RangeError(`story id ${id} is not a UUID`);
    word = word * 16 + d;
    if (++digits % 8 === 0) {
      out[at + digits / 8 - 1] = word;
      word = 0;
    }
  }
}

/** murmur3's finaliser over the four words; version-7 UUIDs share leading bits, so all are mixed. */
function hashWords(words: Uint32Array, at: number): number {
  let h = words[at]! ^ Math.imul(words[at + 1]!, 0x85ebca6b) ^ Math.imul(words[at + 2]!, 0xc2b2ae35) ^ Math.imul(words[at + 3]!, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class IdTable {
  private words: Uint32Array;
  private slots: Int32Array;
  private mask: number;
  private readonly probe = new Uint32Array(4);

  constructor(capacity: number) {
    this.words = new Uint32Array(capacity * 4);
    this.slots = new Int32Array(0);
    this.mask = 0;
    this.resize(capacity);
  }

  /** The ids of the first `rows` rows as words (a view), for a snapshot. */
  wordsOf(rows: number): Uint32Array {
    return this.words.subarray(0, rows * 4);
  }

  /** A table over ids read back from a snapshot: four words a row, the hash table built anew. */
  static fromWords(words: Uint32Array): IdTable {
    const table = new IdTable(0);
    table.words = words;
    table.resize(words.length / 4, words.length / 4);
    return table;
  }

  /** Room for `capacity` rows; the table stays at most half full so probes stay short. */
  grow(capacity: number, rows: number): void {
    const words = new Uint32Array(capacity * 4);
    words.set(this.words.subarray(0, rows * 4));
    this.words = words;
    this.resize(capacity, rows);
  }

  private resize(capacity: number, rows = 0): void {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (let row = 0; row < rows; row++) this.slots[this.freeSlot(row * 4)] = row;
  }

  private freeSlot(at: number): number {
    let s = hashWords(this.words, at) & this.mask;
    while (this.slots[s] !== EMPTY) s = (s + 1) & this.mask;
    return s;
  }

  private slotOf(words: Uint32Array, at: number): number {
    let s = hashWords(words, at) & this.mask;
    for (;;) {
      const row = this.slots[s]!;
      if (row === EMPTY) return -1;
      const w = row * 4;
      if (this.words[w] === words[at] && this.words[w + 1] === words[at + 1] && this.words[w + 2] === words[at + 2] && this.words[w + 3] === words[at + 3]) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** The row of a story id, or −1. */
  find(id: string): number {
    parse(id, this.probe, 0);
    const s = this.slotOf(this.probe, 0);
    return s < 0 ? -1 : this.slots[s]!;
  }

  /** Stores the id of a new row. */
  add(row: number, id: string): void {
    parse(id, this.words, row * 4);
    this.slots[this.freeSlot(row * 4)] = row;
  }

  idAt(row: number): string {
    let hex = "";
    for (let w = 0; w < 4; w++) hex += this.words[row * 4 + w]!.toString(16).padStart(8, "0");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Forgets the id of `row`, then moves the id of row `last` into its place (swap-remove). */
  removeAndFill(row: number, last: number): void {
    this.deleteSlot(this.slotOf(this.words, row * 4));
    if (row === last) return;
    this.slots[this.slotOf(this.words, last * 4)] = row;
    this.words.copyWithin(row * 4, last * 4, last * 4 + 4);
  }

  /** Backward-shift deletion (Knuth, TAOCP vol. 3, algorithm 6.4R): no tombstones to pile up. */
  private deleteSlot(start: number): void {
    let hole = start;
    let j = start;
    for (;;) {
      j = (j + 1) & this.mask;
      const row = this.slots[j]!;
      if (row === EMPTY) break;
      const home = hashWords(this.words, row * 4) & this.mask;
      const between = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!between) {
        this.slots[hole] = row;
        hole = j;
      }
    }
    this.slots[hole] = EMPTY;
  }

  /** Reorders the ids as the segment reorders its rows (row k becomes old row order[k]). */
  permute(order: Int32Array, rows: number): void {
    const words = this.words.slice();
    for (let k = 0; k < rows; k++) words.set(this.words.subarray(order[k]! * 4, order[k]! * 4 + 4), k * 4);
    this.words = words;
    this.resize(this.slots.length / 2, rows);
  }

  bytes(): number {
    return this.words.byteLength + this.slots.byteLength;
  }
}
