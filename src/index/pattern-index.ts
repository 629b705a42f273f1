// The pattern engine as the server uses it: the column index, loaded from the database at start and
// kept in step by append / remove / reload, answering distribution, crosstab, what-works and
// discovery queries. Queries wait for the first load; writes that arrive during it are queued and
// applied after, in order, so no story told while the server starts is missed.
import type { DiscoveryOptions, DiscoveryResult } from "../core/patterns/discovery.ts";
import type { DistributionOptions, PatternScope } from "../core/patterns/distribution.ts";
import { catalogEntry, type PatternFilter, resolveFilter } from "../core/patterns/filter.ts";
import type { WhatWorksQuery } from "../core/patterns/roles.ts";
import type { SignifierShift } from "../core/patterns/comparison.ts";
import type { Trend, TrendInterval } from "../core/patterns/trends.ts";
import type { Db } from "../db/client.ts";
import { type Crosstab, crosstabOf } from "./crosstab.ts";
import { discoveryOf } from "./discovery.ts";
import { distributionOf, type IndexDistribution } from "./distribution.ts";
import { comparisonOf, trendOf } from "./periods.ts";
import { type NarrowedFilter, narrowFilter } from "./filter-lookups.ts";
import { consentingStoryIds, fetchStories, loadCollections, loadFrameworks, loadStories } from "./loader.ts";
import type { IndexStory, Segment } from "./segment.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";
import { whatWorksOf, type WhatWorksResult } from "./what-works.ts";

/** A period [from, to): RFC 3339 instants, either end open when left out. */
/** Stories fetched per query when a resync brings new ones in. */
const RESYNC_PAGE = 1000;
/** Discovery answers kept (the oldest goes first): a few per dashboard that is in use. */
const DISCOVERIES_KEPT = 64;

/** Where the first load reads from, and a wait until that source is complete enough. */
export interface InitialLoad {
  db: Db;
  caughtUp(): Promise<void>;
}

export type Period = Pick<PatternFilter, "from" | "to">;

export class PatternIndex {
  readonly index = new StoryIndex();
  /** Settles when the first load is done. */
  readonly ready: Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  /** Changes applied so far; an answer computed at one count holds until the next change. */
  private changes = 0;
  /** Discovery answers by question, with the count of changes they were computed at. */
  private readonly discoveries = new Map<string, { changes: number; result: DiscoveryResult }>();

  private constructor(private readonly db: Db, source: InitialLoad) {
    this.ready = this.serial(async () => {
      await source.caughtUp();
      await loadFrameworks(source.db, this.index);
      await loadCollections(source.db, this.index);
      await loadStories(source.db, this.index);
    });
  }

  /**
   * Starts loading at once; await `ready` (or any query) for the loaded index. The first load may
   * read from a replica (`source`): it starts once the replica has every commit made before, and
   * what is told after that arrives as appends and reloads, which always read `db`, the primary.
   */
  static start(db: Db, source: InitialLoad = { db, caughtUp: async () => {} }): PatternIndex {
    return new PatternIndex(db, source);
  }

  /** Runs index changes one after another, after the load. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    // Counted once the change is in: an answer computed meanwhile carries the old count and is
    // recomputed on the next question.
    const run = this.queue.then(task).finally(() => this.changes++);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ensureVersion(frameworkId: string, version: number): Promise<void> {
    if (this.index.hasVersion(frameworkId, version)) return;
    for (const stale of await loadFrameworks(this.db, this.index, frameworkId)) await loadStories(this.db, this.index, { frameworkId: stale });
  }

  /** A new or changed story (from the write path, or a notification from another process). */
  append(story: IndexStory): Promise<void> {
    return this.serial(async () => {
      await this.ensureVersion(story.frameworkId, story.frameworkVersion);
      this.index.append(story);
    });
  }

  /** Erasure: the story leaves every analysis. */
  remove(storyId: string): Promise<boolean> {
    return this.serial(async () => this.index.remove(storyId));
  }

  /** Reads these stories again from the database: changed ones replace, vanished ones are removed. */
  reload(storyIds: readonly string[]): Promise<void> {
    return this.serial(async () => {
      const rows = await fetchStories(this.db, storyIds);
      const found = new Set(rows.map((r) => r.id));
      for (const id of storyIds) if (!found.has(id)) this.index.remove(id);
      for (const row of rows) {
        await this.ensureVersion(row.frameworkId, row.frameworkVersion);
        this.index.append(row);
      }
    });
  }

  /**
   * Brings one collection in step after a change in bulk made elsewhere (an import by another app
   * process, a retention purge): stories gone from the database leave, new ones come in.
   */
  resyncCollection(collectionId: string): Promise<void> {
    return this.serial(async () => {
      const stored = new Set(await consentingStoryIds(this.db, collectionId));
      const held = this.index.storyIdsIn(collectionId);
      for (const id of held) if (!stored.has(id)) this.index.remove(id);
      for (const id of held) stored.delete(id);
      const fresh = [...stored];
      for (let i = 0; i < fresh.length; i += RESYNC_PAGE) {
        for (const row of await fetchStories(this.db, fresh.slice(i, i + RESYNC_PAGE))) {
          await this.ensureVersion(row.frameworkId, row.frameworkVersion);
          this.index.append(row);
        }
      }
    });
  }

  /**
   * Runs an aggregation over the scope's filtered stories, after fetching a collection or framework
   * created since the load. Selecting and aggregating happen in one synchronous stretch: the
   * selection lives in a buffer the next query reuses.
   */
  private async query<T>(scope: PatternScope, filter: PatternFilter, run: (segment: Segment, rows: Int32Array) => T): Promise<T> {
    return this.queryWith(scope, filter, (segment, selectIn) => run(segment, selectIn()));
  }

  /**
   * As query, for a run that selects more than once (the same filter in other periods): audiences
   * and tags are looked up once, before the synchronous stretch.
   */
  private async queryWith<T>(scope: PatternScope, filter: PatternFilter, run: (segment: Segment, selectIn: (period?: Period) => Int32Array, narrowed: NarrowedFilter) => T): Promise<T> {
    await this.ready;
    if (scope.collectionId && !this.index.hasCollection(scope.collectionId)) await this.serial(() => loadCollections(this.db, this.index, scope.collectionId));
    const frameworkId = scope.frameworkId;
    if (frameworkId && !this.index.hasFramework(frameworkId)) await this.serial(() => loadFrameworks(this.db, this.index, frameworkId));
    const lookedUp = await narrowFilter(this.db, scope.organizationId, filter);
    const { filter: narrowed, storyIds } = lookedUp;
    const scoped = this.index.resolve(scope);
    return run(scoped.segment, (period) => select(scoped, resolveFilter(scoped.segment.catalog, { ...narrowed, ...period }), storyIds), lookedUp);
  }

  /**
   * Two periods under one filter, compared per signifier. The first selection is copied: the
   * second reuses the buffer it lives in.
   */
  compare(scope: PatternScope, filter: PatternFilter, a: Period, b: Period): Promise<SignifierShift[]> {
    return this.queryWith(scope, filter, (segment, selectIn) => {
      const rowsA = selectIn(a).slice();
      return comparisonOf(segment, rowsA, selectIn(b));
    });
  }

  trend(scope: PatternScope, filter: PatternFilter, interval: TrendInterval, signifierId?: string): Promise<Trend> {
    return this.query(scope, filter, (segment, rows) => trendOf(segment, rows, interval, signifierId));
  }

  distribution(scope: PatternScope, signifierId: string, filter: PatternFilter = {}, options: DistributionOptions = {}): Promise<IndexDistribution> {
    return this.query(scope, filter, (segment, rows) => {
      catalogEntry(segment.catalog, signifierId);
      return distributionOf(segment, signifierId, rows, options);
    });
  }

  crosstab(scope: PatternScope, rowSignifierId: string, colSignifierId: string, filter: PatternFilter = {}): Promise<Crosstab> {
    return this.query(scope, filter, (segment, rows) => crosstabOf(segment, rows, rowSignifierId, colSignifierId));
  }

  whatWorks(scope: PatternScope, filter: PatternFilter = {}, query: WhatWorksQuery = {}): Promise<WhatWorksResult> {
    return this.query(scope, filter, (segment, rows) => whatWorksOf(segment, segment.catalog, rows, query));
  }

  /**
   * Discovery tests every pair of signifiers (half a second at 100,000 stories), and a dashboard
   * asks for it on every visit: the answer is kept until the index changes.
   */
  discoverPatterns(scope: PatternScope, filter: PatternFilter = {}, options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
    return this.queryWith(scope, filter, (segment, selectIn, narrowed) => {
      // Audiences and tags live in the database: the key holds what they were looked up to.
      const key = JSON.stringify([scope, narrowed, options]);
      const cached = this.discoveries.get(key);
      if (cached?.changes === this.changes) return cached.result;
      const result = discoveryOf(segment, selectIn(), options);
      if (this.discoveries.size >= DISCOVERIES_KEPT) this.discoveries.delete(this.discoveries.keys().next().value!);
      this.discoveries.set(key, { changes: this.changes, result });
      return result;
    });
  }

  size() {
    return this.index.size();
  }
}
