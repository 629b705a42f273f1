// The signifiers of one framework across all its versions, as the pattern engine sees them. Stories
// keep the version they were told with, so an analysis over a framework must read answers given
// under every version: a signifier that appears in any version is analysable, its options are the
// union over versions (earlier options keep their place, so integer codes never move), and a scale's
// range widens to hold every version's answers. Text signifiers are left out: they have no
// distribution to count.
import type { FrameworkDefinition, Signifier } from "../framework.ts";

export type ChoiceRole = "situation" | "intervention" | "outcome";

export type CatalogEntry =
  | { id: string; type: "choice"; multiple: boolean; role?: ChoiceRole; options: string[]; labels: string[] }
  | { id: string; type: "dyad"; labels: [string, string] }
  | { id: string; type: "scale"; min: number; max: number }
  | { id: string; type: "triad"; labels: [string, string, string] }
  | { id: string; type: "stones"; items: string[] };

export type ChoiceEntry = Extract<CatalogEntry, { type: "choice" }>;

export interface SignifierCatalog {
  entries: CatalogEntry[];
  byId: Map<string, CatalogEntry>;
}

/** "choice*" for multiple choice: single and multiple answers are stored differently. */
export function entryKind(entry: { type: string; multiple?: boolean }): string {
  return entry.type === "choice" && entry.multiple ? "choice*" : entry.type;
}

function fromSignifier(s: Signifier): CatalogEntry | undefined {
  switch (s.type) {
    case "choice":
      return { id: s.id, type: "choice", multiple: s.multiple, role: s.role, options: s.options.map((o) => o.id), labels: s.options.map((o) => o.label) };
    case "dyad":
      return { id: s.id, type: "dyad", labels: s.labels };
    case "scale":
      return { id: s.id, type: "scale", min: s.min, max: s.max };
    case "triad":
      return { id: s.id, type: "triad", labels: s.labels };
    case "stones":
      return { id: s.id, type: "stones", items: s.items.map((i) => i.id) };
    case "text":
      return undefined;
  }
}

function union(earlier: string[], later: string[]): string[] {
  return [...earlier, ...later.filter((id) => !earlier.includes(id))];
}

/** The later version's wording and role, with the earlier entry's options and range kept. */
function mergeEntry(earlier: CatalogEntry, later: CatalogEntry): CatalogEntry {
  if (earlier.type === "choice" && later.type === "choice") {
    const options = union(earlier.options, later.options);
    const labelOf = new Map([...earlier.options.map((id, i) => [id, earlier.labels[i]!] as const), ...later.options.map((id, i) => [id, later.labels[i]!] as const)]);
    return { ...later, options, labels: options.map((id) => labelOf.get(id)!) };
  }
  if (earlier.type === "scale" && later.type === "scale") {
    return { ...later, min: Math.min(earlier.min, later.min), max: Math.max(earlier.max, later.max) };
  }
  if (earlier.type === "stones" && later.type === "stones") return { ...later, items: union(earlier.items, later.items) };
  return later;
}

/**
 * Merges versions, oldest first. A signifier whose kind changed between versions (a dyad that
 * became a scale) takes the latest kind; answers of the older kind then count as missing, which the
 * type checks in the index and in SQL both do.
 */
export function buildCatalog(versions: readonly FrameworkDefinition[]): SignifierCatalog {
  const byId = new Map<string, CatalogEntry>();
  for (const definition of versions) {
    for (const s of definition.signifiers) {
      const entry = fromSignifier(s);
      if (!entry) continue;
      const earlier = byId.get(entry.id);
      byId.set(entry.id, earlier && entryKind(earlier) === entryKind(entry) ? mergeEntry(earlier, entry) : entry);
    }
  }
  return { entries: [...byId.values()], byId };
}

/** The single entry with a role (the first, when a framework gives the role to several). */
export function entryWithRole(catalog: SignifierCatalog, role: ChoiceRole): ChoiceEntry | undefined {
  return catalog.entries.find((e): e is ChoiceEntry => e.type === "choice" && e.role === role);
}
