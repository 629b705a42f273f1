// The engine an analyst would otherwise use (issue 19): DuckDB, in memory, over the same stories as
// the column index. The stories are read from the database once and flattened into typed columns
// (DuckDB's best case: no JSON left at query time); each query then answers the same question as
// the index, in the same shape, so the bench can check that both give the same counts.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { DuckDBInstance } from "@duckdb/node-api";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../src/db/client.ts";

export interface DuckDbWindow {
  collectionId: string;
  from: string;
  to: string;
}

type Exported = { id: string; c: string; t: Date | string; k: boolean; s: string | null; a: string | null; u: string | null; th: string[] | null; r: number | string | null };
const PAGE = 100_000;

/** Writes the organization's stories as NDJSON, keyset-paged by id (no million-row result in memory). */
async function exportStories(db: Db, organizationId: string, file: string): Promise<number> {
  const out = createWriteStream(file);
  let last = "00000000-0000-0000-0000-000000000000";
  let rows = 0;
  for (;;) {
    const page = await queryRows<Exported>(db, sql`select id, collection_id as c, told_at as t, consent_research as k,
        answers ->> 'situatie' as s, answers ->> 'aanpak' as a, answers ->> 'uitkomst' as u,
        case when jsonb_typeof(answers -> 'thema') = 'array' then answers -> 'thema' end as th,
        case when jsonb_typeof(answers -> 'regie') = 'number' then (answers ->> 'regie')::float8 end as r
      from story where organization_id = ${organizationId} and id > ${last}::uuid order by id limit ${PAGE}`);
    for (const row of page) {
      const line = { collection_id: row.c, told_at: new Date(row.t).toISOString(), consent: row.k, situatie: row.s, aanpak: row.a, uitkomst: row.u, thema: row.th, regie: row.r === null ? null : Number(row.r) };
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
    }
    rows += page.length;
    if (page.length < PAGE) break;
    last = page.at(-1)!.id;
  }
  out.end();
  await once(out, "finish");
  return rows;
}

/** DuckDB holding the organization's stories; its queries answer for one collection and period. */
export async function duckDbOver(db: Db, organizationId: string) {
  const scratch = mkdtempSync(join(tmpdir(), "vp-bench-duckdb-"));
  const file = join(scratch, "stories.ndjson");
  const started = performance.now();
  const rows = await exportStories(db, organizationId, file);
  const exportMs = performance.now() - started;
  // Nothing is downloaded: JSON reading is built in, and installing extensions is switched off.
  const instance = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false" });
  const duck = await instance.connect();
  const loading = performance.now();
  await duck.run(`create table story as select * from read_json('${file}', format = 'newline_delimited', columns = {
    collection_id: 'UUID', told_at: 'TIMESTAMPTZ', consent: 'BOOLEAN', situatie: 'VARCHAR', aanpak: 'VARCHAR', uitkomst: 'VARCHAR', thema: 'VARCHAR[]', regie: 'DOUBLE'})`);
  const loadMs = performance.now() - loading;
  rmSync(scratch, { recursive: true, force: true });

  const all = async <T>(query: string) => (await duck.runAndReadAll(query)).getRowObjectsJS() as T[];
  const where = (w: DuckDbWindow) => `collection_id = '${w.collectionId}' and consent and told_at >= '${w.from}'::timestamptz and told_at < '${w.to}'::timestamptz`;
  const counted = async (query: string) => new Map((await all<{ k: string | number; c: bigint }>(query)).map((r) => [String(r.k), Number(r.c)]));
  const total = async (w: DuckDbWindow, extra = "true") => Number((await all<{ c: bigint }>(`select count(*) as c from story where ${where(w)} and ${extra}`))[0]!.c);

  return {
    rows, exportMs, loadMs,
    /** A single or multiple choice's counts per option, as the index's distribution has them. */
    async choiceCounts(w: DuckDbWindow, column: string, options: readonly string[], extra = "true") {
      const multiple = column === "thema";
      const byOption = await counted(multiple
        ? `select t as k, count(*) as c from (select unnest(thema) as t from story where ${where(w)} and ${extra}) group by 1`
        : `select ${column} as k, count(*) as c from story where ${where(w)} and ${extra} and ${column} is not null group by 1`);
      const answered = await total(w, `${extra} and ${multiple ? "thema is not null" : `${column} is not null`}`);
      return { n: await total(w, extra), answered, options: options.map((id) => ({ id, count: byOption.get(id) ?? 0 })) };
    },
    /** A dyad's counts per bin (the index's binning: the last bin holds 1). */
    async dyadBins(w: DuckDbWindow, bins: number) {
      const byBin = await counted(`select least(${bins - 1}, floor(regie * ${bins}))::int as k, count(*) as c from story where ${where(w)} and regie between 0 and 1 group by 1`);
      return Array.from({ length: bins }, (_, i) => byBin.get(String(i)) ?? 0);
    },
    async crosstab(w: DuckDbWindow, rowOptions: readonly string[], colOptions: readonly string[]) {
      const cells = await all<{ x: string; y: string; c: bigint }>(`select situatie as x, uitkomst as y, count(*) as c from story
        where ${where(w)} and situatie is not null and uitkomst is not null group by 1, 2`);
      const counts = rowOptions.map(() => colOptions.map(() => 0));
      for (const cell of cells) counts[rowOptions.indexOf(cell.x)]![colOptions.indexOf(cell.y)] = Number(cell.c);
      return counts;
    },
    /** What works' cells: situation × intervention × outcome counts. */
    async whatWorksCells(w: DuckDbWindow, S: readonly string[], I: readonly string[], O: readonly string[]) {
      const found = await all<{ s: string; i: string; o: string; c: bigint }>(`select situatie as s, aanpak as i, uitkomst as o, count(*) as c from story
        where ${where(w)} and situatie is not null and aanpak is not null and uitkomst is not null group by 1, 2, 3`);
      const cells = S.map(() => I.map(() => O.map(() => 0)));
      for (const r of found) cells[S.indexOf(r.s)]![I.indexOf(r.i)]![O.indexOf(r.o)] = Number(r.c);
      return cells;
    },
    close: () => duck.closeSync(),
  };
}
