// Splitting an import into parts for separate requests. An import knows a story it stored before by
// its content and which copy of that content in the request it is; so identical entries must travel
// in the same part, or the second copy would look like the first one imported again.

/** Parts of about size items, in file order, except that every copy goes with the first one. */
export function partsKeepingCopiesTogether<T>(items: T[], key: (item: T) => string, size: number): T[][] {
  const copies = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = copies.get(k);
    if (group) group.push(item);
    else copies.set(k, [item]);
  }
  const parts: T[][] = [];
  let part: T[] = [];
  for (const group of copies.values()) {
    if (part.length > 0 && part.length + group.length > size) {
      parts.push(part);
      part = [];
    }
    part.push(...group);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
