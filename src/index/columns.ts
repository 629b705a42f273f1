// One typed-array column per signifier component. What counts as an answer is decided here, once,
// and mirrored by the type checks of the SQL reference (src/db/aggregates/answer-sql.ts): a
// value of the wrong shape (say from a version where the signifier had another type) is missing.
//   single choice   Uint8 option code, 255 missing
//   multiple choice two Uint32 words of option bits per story, and a Uint8 "answered" flag
//   dyad            Float64 in [0, 1], NaN missing (doubles: a bin edge at 0.7 must mean 0.7)
//   scale           Float32 whole number in [min, max], NaN missing (exact for any integer scale)
//   triad           three Float64 shares, NaN missing, and a Uint16 grid cell (see TriadColumn)
//   stones          Float32 x and y per item, NaN missing (drawn only, never binned)
import type { CatalogEntry, ChoiceEntry } from "../core/patterns/catalog.ts";
import { DEFAULT_RESOLUTION, triadCell } from "../core/patterns/distribution.ts";
import { MISSING_CODE } from "../core/patterns/discovery.ts";
import { codeOf, scaleCodes, sortedCodes, type ValueCodes } from "./value-codes.ts";

export type Typed = Float64Array | Float32Array | Uint8Array | Uint16Array | Uint32Array | Int32Array;

function allocate<T extends Typed>(Kind: new (n: number) => T, capacity: number, fill: number): T {
  const array = new Kind(capacity);
  if (fill !== 0) array.fill(fill);
  return array;
}

/**
 * The first n rows (of `width` entries each) reordered so that row k becomes old row order[k]; the
 * rest keeps its contents. Returns a new array of the same size.
 */
export function permuted<T extends Typed>(array: T, order: Int32Array, n: number, width = 1): T {
  const next = array.slice() as T;
  for (let k = 0; k < n; k++) for (let w = 0; w < width; w++) next[k * width + w] = array[order[k]! * width + w]!;
  return next;
}

/** A copy with room for `capacity` rows, the new room filled with `fill`. */
function grown<T extends Typed>(array: T, capacity: number, fill: number): T {
  const next = allocate(array.constructor as new (n: number) => T, capacity, fill);
  next.set(array.subarray(0, Math.min(array.length, capacity)) as never);
  return next;
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const MAX_SINGLE_OPTIONS = MISSING_CODE;
const MAX_MULTIPLE_OPTIONS = 64;

function optionCodes(entry: ChoiceEntry, max: number): Map<string, number> {
  if (entry.options.length > max) throw new RangeError(`${entry.id}: more than ${max} options across versions`);
  return new Map(entry.options.map((id, code) => [id, code]));
}

export class SingleChoiceColumn {
  readonly kind = "single";
  codes: Uint8Array;
  private lookup: Map<string, number>;
  constructor(public entry: ChoiceEntry, capacity: number) {
    this.codes = allocate(Uint8Array, capacity, MISSING_CODE);
    this.lookup = optionCodes(entry, MAX_SINGLE_OPTIONS);
  }
  setEntry(entry: ChoiceEntry) {
    this.entry = entry;
    this.lookup = optionCodes(entry, MAX_SINGLE_OPTIONS);
  }
  grow(capacity: number) {
    this.codes = grown(this.codes, capacity, MISSING_CODE);
  }
  arraysOf(): Typed[] {
    return [this.codes];
  }
  adopt([codes]: Typed[]) {
    this.codes = codes as Uint8Array;
  }
  set(row: number, answer: unknown) {
    this.codes[row] = typeof answer === "string" ? (this.lookup.get(answer) ?? MISSING_CODE) : MISSING_CODE;
  }
  move(from: number, to: number) {
    this.codes[to] = this.codes[from]!;
  }
  permute(order: Int32Array, n: number) {
    this.codes = permuted(this.codes, order, n);
  }
  bytes() {
    return this.codes.byteLength;
  }
}

export class MultiChoiceColumn {
  readonly kind = "multiple";
  /** Options 0–31 in word 2·row, 32–63 in word 2·row + 1. */
  bits: Uint32Array;
  answered: Uint8Array;
  private lookup: Map<string, number>;
  constructor(public entry: ChoiceEntry, capacity: number) {
    this.bits = new Uint32Array(capacity * 2);
    this.answered = new Uint8Array(capacity);
    this.lookup = optionCodes(entry, MAX_MULTIPLE_OPTIONS);
  }
  setEntry(entry: ChoiceEntry) {
    this.entry = entry;
    this.lookup = optionCodes(entry, MAX_MULTIPLE_OPTIONS);
  }
  grow(capacity: number) {
    this.bits = grown(this.bits, capacity * 2, 0);
    this.answered = grown(this.answered, capacity, 0);
  }
  arraysOf(): Typed[] {
    return [this.bits, this.answered];
  }
  adopt([bits, answered]: Typed[]) {
    this.bits = bits as Uint32Array;
    this.answered = answered as Uint8Array;
  }
  set(row: number, answer: unknown) {
    let low = 0;
    let high = 0;
    if (Array.isArray(answer)) {
      for (const id of answer) {
        const code = typeof id === "string" ? this.lookup.get(id) : undefined;
        if (code === undefined) continue;
        if (code < 32) low |= 1 << code;
        else high |= 1 << (code - 32);
      }
    }
    this.bits[row * 2] = low >>> 0;
    this.bits[row * 2 + 1] = high >>> 0;
    this.answered[row] = Array.isArray(answer) ? 1 : 0;
  }
  has(row: number, code: number): boolean {
    return ((this.bits[row * 2 + (code >> 5)]! >>> (code & 31)) & 1) === 1;
  }
  move(from: number, to: number) {
    this.bits[to * 2] = this.bits[from * 2]!;
    this.bits[to * 2 + 1] = this.bits[from * 2 + 1]!;
    this.answered[to] = this.answered[from]!;
  }
  permute(order: Int32Array, n: number) {
    this.bits = permuted(this.bits, order, n, 2);
    this.answered = permuted(this.answered, order, n);
  }
  bytes() {
    return this.bits.byteLength + this.answered.byteLength;
  }
}

/** Columns of numbers: a dyad (1 array), a triad (3), stones (2 per item). */
abstract class NumberColumns<E extends CatalogEntry> {
  arrays: (Float64Array | Float32Array)[];
  constructor(public entry: E, protected capacity: number, width: number, private readonly Kind: new (n: number) => Float64Array | Float32Array) {
    this.arrays = Array.from({ length: width }, () => allocate(Kind, capacity, Number.NaN));
  }
  /** More components (stones items added in a later version), missing for the stories so far. */
  protected widen(width: number) {
    while (this.arrays.length < width) this.arrays.push(allocate(this.Kind, this.capacity, Number.NaN));
  }
  grow(capacity: number) {
    this.capacity = capacity;
    this.arrays = this.arrays.map((a) => grown(a, capacity, Number.NaN));
  }
  arraysOf(): Typed[] {
    return [...this.arrays];
  }
  /** Takes arrays of `capacity` rows read back from a snapshot (in the order of arraysOf). */
  adopt(arrays: Typed[], capacity: number) {
    this.capacity = capacity;
    this.arrays = arrays as (Float64Array | Float32Array)[];
  }
  move(from: number, to: number) {
    for (const a of this.arrays) a[to] = a[from]!;
  }
  permute(order: Int32Array, n: number) {
    this.arrays = this.arrays.map((a) => permuted(a, order, n));
  }
  bytes() {
    return this.arrays.reduce((s, a) => s + a.byteLength, 0);
  }
}

export class DyadColumn extends NumberColumns<Extract<CatalogEntry, { type: "dyad" }>> {
  readonly kind = "dyad";
  /**
   * The answers as codes (value-codes.ts): made by the first question that ranks them, then kept in
   * step by every change below, and dropped when an answer arrives that has no code yet (the next
   * question sorts again). Never stale: nothing else writes the values.
   */
  private coded?: ValueCodes;
  get values() {
    return this.arrays[0] as Float64Array;
  }
  /** The codes of rows 0 … length − 1 (length: the segment's). */
  valueCodes(length: number): ValueCodes {
    if (this.coded) return this.coded;
    const coded = sortedCodes(this.values, length, this.capacity);
    // Four-byte codes mean answers of every shade (imported, not from the form), where nearly each
    // new story would drop them again: made per question instead of kept.
    if (coded.codes instanceof Uint16Array) this.coded = coded;
    return coded;
  }
  setEntry(entry: Extract<CatalogEntry, { type: "dyad" }>) {
    this.entry = entry;
  }
  set(row: number, answer: unknown) {
    const value = isNumber(answer) && answer >= 0 && answer <= 1 ? answer : Number.NaN;
    this.arrays[0]![row] = value;
    if (!this.coded) return;
    const code = codeOf(this.coded, value);
    if (code < 0) this.coded = undefined;
    else this.coded.codes[row] = code;
  }
  override grow(capacity: number) {
    super.grow(capacity);
    if (this.coded) this.coded.codes = grown(this.coded.codes, capacity, this.coded.distinct.length);
  }
  override adopt(arrays: Typed[], capacity: number) {
    super.adopt(arrays, capacity);
    this.coded = undefined;
  }
  override move(from: number, to: number) {
    super.move(from, to);
    if (this.coded) this.coded.codes[to] = this.coded.codes[from]!;
  }
  override permute(order: Int32Array, n: number) {
    super.permute(order, n);
    if (this.coded) this.coded.codes = permuted(this.coded.codes, order, n);
  }
  override bytes() {
    return super.bytes() + (this.coded ? this.coded.codes.byteLength + this.coded.distinct.byteLength : 0);
  }
}

export class ScaleColumn extends NumberColumns<Extract<CatalogEntry, { type: "scale" }>> {
  readonly kind = "scale";
  get values() {
    return this.arrays[0] as Float32Array;
  }
  /** The codes of rows 0 … length − 1: whole numbers need no sort, so none are kept. */
  valueCodes(length: number): ValueCodes {
    return scaleCodes(this.values, length, this.entry.min, this.entry.max);
  }
  setEntry(entry: Extract<CatalogEntry, { type: "scale" }>) {
    this.entry = entry;
  }
  set(row: number, answer: unknown) {
    const ok = isNumber(answer) && Number.isInteger(answer) && answer >= this.entry.min && answer <= this.entry.max;
    this.arrays[0]![row] = ok ? answer : Number.NaN;
  }
}

/**
 * Three shares, and each answer's small triangle at the default grid resolution, worked out once
 * when the story arrives: the triangle grid is the triad query the monitor asks most, and reading
 * a code is several times cheaper than placing the point again (NO_CELL: no answer).
 */
export class TriadColumn extends NumberColumns<Extract<CatalogEntry, { type: "triad" }>> {
  readonly kind = "triad";
  static readonly NO_CELL = 0xffff;
  cells: Uint16Array;
  get parts() {
    return this.arrays as unknown as readonly [Float64Array, Float64Array, Float64Array];
  }
  constructor(entry: Extract<CatalogEntry, { type: "triad" }>, capacity: number) {
    super(entry, capacity, 3, Float64Array);
    this.cells = allocate(Uint16Array, capacity, TriadColumn.NO_CELL);
  }
  setEntry(entry: Extract<CatalogEntry, { type: "triad" }>) {
    this.entry = entry;
  }
  set(row: number, answer: unknown) {
    const ok = Array.isArray(answer) && answer.length === 3 && answer.every(isNumber);
    for (let k = 0; k < 3; k++) this.arrays[k]![row] = ok ? (answer[k] as number) : Number.NaN;
    this.cells[row] = ok ? triadCell(answer[1] as number, answer[2] as number, DEFAULT_RESOLUTION) : TriadColumn.NO_CELL;
  }
  override grow(capacity: number) {
    super.grow(capacity);
    this.cells = grown(this.cells, capacity, TriadColumn.NO_CELL);
  }
  override arraysOf(): Typed[] {
    return [...this.arrays, this.cells];
  }
  override adopt(arrays: Typed[], capacity: number) {
    super.adopt(arrays.slice(0, -1), capacity);
    this.cells = arrays.at(-1) as Uint16Array;
  }
  override move(from: number, to: number) {
    super.move(from, to);
    this.cells[to] = this.cells[from]!;
  }
  override permute(order: Int32Array, n: number) {
    super.permute(order, n);
    this.cells = permuted(this.cells, order, n);
  }
  override bytes() {
    return super.bytes() + this.cells.byteLength;
  }
}

export class StonesColumn extends NumberColumns<Extract<CatalogEntry, { type: "stones" }>> {
  readonly kind = "stones";
  constructor(entry: Extract<CatalogEntry, { type: "stones" }>, capacity: number) {
    super(entry, capacity, entry.items.length * 2, Float32Array);
  }
  setEntry(entry: Extract<CatalogEntry, { type: "stones" }>) {
    this.entry = entry;
    this.widen(entry.items.length * 2);
  }
  set(row: number, answer: unknown) {
    const placed = typeof answer === "object" && answer !== null && !Array.isArray(answer) ? (answer as Record<string, unknown>) : {};
    this.entry.items.forEach((item, k) => {
      const p = placed[item];
      const ok = Array.isArray(p) && p.length === 2 && p.every(isNumber);
      this.arrays[2 * k]![row] = ok ? (p[0] as number) : Number.NaN;
      this.arrays[2 * k + 1]![row] = ok ? (p[1] as number) : Number.NaN;
    });
  }
}

export type Column = SingleChoiceColumn | MultiChoiceColumn | DyadColumn | ScaleColumn | TriadColumn | StonesColumn;

export function createColumn(entry: CatalogEntry, capacity: number): Column {
  switch (entry.type) {
    case "choice":
      return entry.multiple ? new MultiChoiceColumn(entry, capacity) : new SingleChoiceColumn(entry, capacity);
    case "dyad":
      return new DyadColumn(entry, capacity, 1, Float64Array);
    case "scale":
      return new ScaleColumn(entry, capacity, 1, Float32Array);
    case "triad":
      return new TriadColumn(entry, capacity);
    case "stones":
      return new StonesColumn(entry, capacity);
  }
}
