// The in-process column index of every organization's stories: one segment per framework (signifier
// ids mean something only within a framework), the framework versions it has seen, and which
// collection belongs to which framework. Synchronous and I/O-free: the loader fills it from SQL and
// the live wrapper (live-index.ts) fetches what it lacks before calling in.
import type { FrameworkDefinition } from "../core/framework.ts";
import { buildCatalog } from "../core/patterns/catalog.ts";
import type { PatternScope } from "../core/patterns/distribution.ts";
import { PatternQueryError } from "../core/patterns/filter.ts";
import { type IndexStory, Segment, type SegmentParts } from "./segment.ts";

interface FrameworkInfo {
  organizationId: string;
  versions: Map<number, FrameworkDefinition>;
}

/** A segment and, for a collection scope, the collection whose stories it is limited to. */
export interface ScopedSegment {
  segment: Segment;
  collectionId?: string;
}

export class StoryIndex {
  private readonly frameworks = new Map<string, FrameworkInfo>();
  private readonly segments = new Map<string, Segment>();
  private readonly collections = new Map<string, { organizationId: string; frameworkId: string }>();

  hasVersion(frameworkId: string, version: number): boolean {
    return this.frameworks.get(frameworkId)?.versions.has(version) ?? false;
  }

  hasCollection(collectionId: string): boolean {
    return this.collections.has(collectionId);
  }

  hasFramework(frameworkId: string): boolean {
    return this.frameworks.has(frameworkId);
  }

  addCollection(organizationId: string, collectionId: string, frameworkId: string): void {
    this.collections.set(collectionId, { organizationId, frameworkId });
  }

  /**
   * Registers a framework version. Returns false when a signifier changed kind: the framework's
   * segment has been dropped and its stories must be loaded again.
   */
  addFrameworkVersion(organizationId: string, frameworkId: string, version: number, definition: FrameworkDefinition): boolean {
    let info = this.frameworks.get(frameworkId);
    if (!info) this.frameworks.set(frameworkId, (info = { organizationId, versions: new Map() }));
    info.versions.set(version, definition);
    const segment = this.segments.get(frameworkId);
    if (!segment || segment.setCatalog(this.catalog(info))) return true;
    this.segments.delete(frameworkId);
    return false;
  }

  private catalog(info: FrameworkInfo) {
    return buildCatalog([...info.versions.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d));
  }

  /** The segment of a framework, created empty on first use. */
  segmentOf(frameworkId: string): Segment {
    let segment = this.segments.get(frameworkId);
    if (!segment) {
      const info = this.frameworks.get(frameworkId);
      if (!info) throw new RangeError(`framework ${frameworkId} is not registered in the index`);
      segment = new Segment(info.organizationId, frameworkId, this.catalog(info));
      this.segments.set(frameworkId, segment);
    }
    return segment;
  }

  /**
   * Adds or replaces a story. A story without research consent is removed instead (consent can be
   * withdrawn). The story's framework version must be registered.
   */
  append(story: IndexStory): void {
    if (!story.consentResearch) {
      this.remove(story.id);
      return;
    }
    if (!this.hasVersion(story.frameworkId, story.frameworkVersion)) {
      throw new RangeError(`framework ${story.frameworkId} version ${story.frameworkVersion} is not registered in the index`);
    }
    if (!this.collections.has(story.collectionId)) this.addCollection(story.organizationId, story.collectionId, story.frameworkId);
    this.segmentOf(story.frameworkId).upsert(story);
  }

  /** Erases a story wherever it is; false when the index did not hold it. */
  remove(storyId: string): boolean {
    for (const segment of this.segments.values()) if (segment.remove(storyId)) return true;
    return false;
  }

  /** The segment a scope reads, only within the scope's organization. */
  resolve(scope: PatternScope): ScopedSegment {
    const collection = scope.collectionId ? this.collections.get(scope.collectionId) : undefined;
    const frameworkId = scope.collectionId ? collection?.frameworkId : scope.frameworkId;
    const owner = scope.collectionId ? collection?.organizationId : this.frameworks.get(frameworkId ?? "")?.organizationId;
    const consistent = !scope.collectionId || !scope.frameworkId || scope.frameworkId === frameworkId;
    if (!frameworkId || owner !== scope.organizationId || !consistent || !this.frameworks.has(frameworkId)) {
      throw new PatternQueryError("unknownScope", scope.collectionId ?? scope.frameworkId ?? "no collection or framework given");
    }
    const segment = this.segmentOf(frameworkId);
    return scope.collectionId ? { segment, collectionId: scope.collectionId } : { segment };
  }

  /** The ids of the stories the index holds for a collection. */
  storyIdsIn(collectionId: string): string[] {
    const frameworkId = this.collections.get(collectionId)?.frameworkId;
    const segment = frameworkId ? this.segments.get(frameworkId) : undefined;
    if (!segment) return [];
    const [code] = segment.collections.lookup([collectionId]);
    const ids: string[] = [];
    for (let row = 0; row < segment.length; row++) if (segment.collection[row] === code) ids.push(segment.ids.idAt(row));
    return ids;
  }

  /**
   * Takes a segment read back from a snapshot, under the catalog of the framework versions
   * registered now. False, with nothing taken, when the framework is unknown or a signifier
   * changed kind since: its stories must be loaded from the database.
   */
  restoreSegment(parts: SegmentParts): boolean {
    const info = this.frameworks.get(parts.frameworkId);
    if (!info || info.organizationId !== parts.organizationId) return false;
    const segment = Segment.restore(parts);
    if (!segment.setCatalog(this.catalog(info))) return false;
    this.segments.set(parts.frameworkId, segment);
    return true;
  }

  /** Every segment's rows (views, valid until the next change). */
  segmentParts(): SegmentParts[] {
    return [...this.segments.values()].map((s) => s.parts());
  }

  /** Stories held per framework. */
  storyCounts(): Map<string, number> {
    return new Map([...this.segments].map(([frameworkId, s]) => [frameworkId, s.length]));
  }

  /** Forgets every story (before a full load); frameworks and collections stay registered. */
  dropStories(): void {
    this.segments.clear();
  }

  /** Puts every segment's rows in time order (after a load: queries would otherwise do it). */
  keepSorted(): void {
    for (const segment of this.segments.values()) segment.keepSorted();
  }

  /** Stories held and bytes of typed arrays, for monitoring and the bench. */
  size(): { stories: number; bytes: number; segments: number } {
    let stories = 0;
    let bytes = 0;
    for (const s of this.segments.values()) {
      stories += s.length;
      bytes += s.bytes();
    }
    return { stories, bytes, segments: this.segments.size };
  }
}
