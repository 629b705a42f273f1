// Labels (collection ids, team ids, channels) as small integer codes, so a column holds two bytes a
// story and a filter compares integers. Code 0 stands for "none" (a story without a team).

const NONE = 0;
const MAX_CODE = 0xffff;

export class Dictionary {
  private readonly codes = new Map<string, number>();
  private readonly values: (string | null)[] = [null];

  /** The code of a value, assigning the next one to a value not seen before. */
  code(value: string | null): number {
    if (value === null) return NONE;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > MAX_CODE) throw new RangeError(`more than ${MAX_CODE} distinct labels in one index segment`);
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** Every value by code (code 0 is "none"), for a snapshot. */
  entries(): readonly (string | null)[] {
    return this.values;
  }

  /** A dictionary holding these values under the same codes (read back from a snapshot). */
  static from(values: readonly (string | null)[]): Dictionary {
    const dictionary = new Dictionary();
    for (const value of values.slice(1)) dictionary.code(value);
    return dictionary;
  }

  /** Codes of the values that occur; a value never seen matches no story. */
  lookup(values: readonly string[]): number[] {
    return values.flatMap((v) => {
      const code = this.codes.get(v);
      return code === undefined ? [] : [code];
    });
  }
}
