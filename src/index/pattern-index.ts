// The pattern engine as the server uses it: the column index, loaded at start (from its snapshot
// file when there is a good one, otherwise from the database) and kept in step by append / remove /
// reload, answering distribution, crosstab, what-works and discovery queries. Queries wait for the
// first load; writes that arrive during it are queued and applied after, in order, so no story told
// while the server starts is missed.
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
import { consentingStoryIds, ensureVersion, loadCollections, loadFrameworks, loadStories, readStoriesAgain } from "./loader.ts";
import type { IndexStory, Segment } from "./segment.ts";
import { select } from "./selection.ts";
import { StoryIndex } from "./story-index.ts";
import { whatWorksOf, type WhatWorksResult } from "./what-works.ts";
import { currentPosition } from "./snapshot/position.ts";
import { restoreSnapshot } from "./snapshot/restore.ts";
import { saveSnapshot } from "./snapshot/save.ts";

/** Discovery answers kept (the oldest goes first): a few per dashboard that is in use. */
const DISCOVERIES_KEPT = 64;

/** Where the first load reads from, and a wait until that source is complete enough. */
export interface InitialLoad {
  db: Db;
  caughtUp(): Promise<void>;
}

export type Period = Pick<PatternFilter, "from" | "to">;

/** Where the index keeps its snapshot file and how often it writes it (see snapshot/). */
export interface SnapshotConfig {
  dir: string;
  /** Written after a load from the database, then this often when the index changed. */
  everyMs: number;
  log(level: "info" | "warn", message: string): void;
}

export class PatternIndex {
  readonly index = new StoryIndex();
  /** Settles when the first load is done. */
  readonly ready: Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  /** Changes applied so far; an answer computed at one count holds until the next change. */
  private changes = 0;
  /** Discovery answers by question, with the count of changes they were computed at. */
  private readonly discoveries = new Map<string, { changes: number; result: DiscoveryResult }>();
  /** The database position the index holds at least (see snapshot/position.ts). */
  private position = "";
  /** The count of changes when the snapshot was last written. */
  private savedAt = -1;
  private timer?: NodeJS.Timeout;

  private constructor(private readonly db: Db, source: InitialLoad, private readonly snapshots?: SnapshotConfig) {
    this.ready = this.serial(async () => {
      await source.caughtUp();
      const restored = snapshots && (await this.restore(snapshots));
      if (!restored) await this.load(source.db);
    });
    if (snapshots) void this.ready.then(() => this.keepSnapshot(snapshots), () => undefined);
  }

  private async load(from: Db): Promise<void> {
    this.position = await currentPosition(from);
    await loadFrameworks(from, this.index);
    await loadCollections(from, this.index);
    await loadStories(from, this.index);
  }

  /** True when the index came from the snapshot file; false (index empty) when it must be loaded. */
  private async restore({ dir, log }: SnapshotConfig): Promise<boolean> {
    const started = performance.now();
    const restored = await restoreSnapshot(this.db, this.index, dir).catch((error: Error) => ({ refused: error.message }));
    if (restored && "position" in restored) {
      this.position = restored.position;
      this.savedAt = this.changes + 1;
      log("info", `pattern index read from its snapshot in ${Math.round(performance.now() - started)} ms (${restored.reread} stories read again)`);
      return true;
    }
    if (restored) log("warn", `pattern index snapshot not used, loading from the database: ${restored.refused}`);
    this.index.dropStories();
    return false;
  }

  private keepSnapshot(config: SnapshotConfig) {
    const save = () => this.saveSnapshot().catch((error: Error) => config.log("warn", `pattern index snapshot not written: ${error.message}`));
    if (this.savedAt !== this.changes) void save();
    this.timer = setInterval(() => this.savedAt !== this.changes && void save(), config.everyMs);
    this.timer.unref();
  }

  /** Writes the snapshot file now (after the queued changes). `afterBytes` is for crash tests. */
  saveSnapshot(afterBytes?: (written: number) => Promise<void>): Promise<void> {
    const config = this.snapshots;
    if (!config) return Promise.resolve();
    return this.serial(async () => {
      const position = await saveSnapshot(this.db, this.index, config.dir, this.position, afterBytes);
      if (!position) return;
      this.position = position;
      this.savedAt = this.changes + 1;
    });
  }

  /** Stops writing snapshots; resolves once a write under way (and every queued change) is done. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue;
  }

  /**
   * Starts loading at once; await `ready` (or any query) for the loaded index. The first load may
   * read from a replica (`source`): it starts once the replica has every commit made before, and
   * what is told after that arrives as appends and reloads, which always read `db`, the primary.
   */
  static start(db: Db, source: InitialLoad = { db, caughtUp: async () => {} }, snapshots?: SnapshotConfig): PatternIndex {
    return new PatternIndex(db, source, snapshots);
  }

  /** Runs index changes one after another, after the load. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    // Counted once the change is in: an answer computed meanwhile carries the old count and is
    // recomputed on the next question.
    const run = this.queue.then(task).finally(() => this.changes++);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A new or changed story (from the write path, or a notification from another process). */
  append(story: IndexStory): Promise<void> {
    return this.serial(async () => {
      await ensureVersion(this.db, this.index, story.frameworkId, story.frameworkVersion);
      this.index.append(story);
    });
  }

  /** Erasure: the story leaves every analysis. */
  remove(storyId: string): Promise<boolean> {
    return this.serial(async () => this.index.remove(storyId));
  }

  /** Reads these stories again from the database: changed ones replace, vanished ones are removed. */
  reload(storyIds: readonly string[]): Promise<void> {
    return this.serial(() => readStoriesAgain(this.db, this.index, storyIds));
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
      await readStoriesAgain(this.db, this.index, [...stored]);
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
