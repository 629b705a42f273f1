// The database the startup bench starts servers on: an organization set up through the API (its
// admin with two-factor sign-in, as the server requires) and N synthetic stories generated in SQL.
// On PostgreSQL it lives in a database of its own that is kept between runs (seeding a million
// stories takes minutes); on PGlite in a directory under the temporary directory.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, openDatabase, queryRows } from "../../src/db/client.ts";
import { hashApiToken } from "../../src/server/caller.ts";
import { call, enrolInTwoFactor, startServerProcess } from "../../src/testing/spawn-server.ts";
import { createSyntheticScope, generateStoriesInSql } from "../../src/testing/synthetic-db.ts";

/** One database per size, so that the 1M figures can be measured again beside the 10M ones. */
const benchDatabase = (stories: number) => `vertelpunt_bench_startup${stories === 1_000_000 ? "" : `_${stories}`}`;

/** Where a server finds the bench's data: DATABASE_URL or VERTELPUNT_DATA_DIR. */
export type Place = { databaseUrl: string } | { dataDir: string };

/** DATABASE_URL's server, the bench's database for this many stories (created when absent). */
export async function benchDatabaseUrl(adminUrl: string, stories: number): Promise<string> {
  const name = benchDatabase(stories);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const open = (place: Place): Promise<Database> => openDatabase("databaseUrl" in place ? { databaseUrl: place.databaseUrl } : { dataDir: place.dataDir });

async function withDatabase<T>(place: Place, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await open(place);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/** The synthetic collection holding the stories, or undefined before seeding. */
async function seededCollection(database: Database, stories: number): Promise<{ collectionId: string; organizationId: string } | undefined> {
  const [found] = await queryRows<{ id: string; organization_id: string; n: string }>(database.db, sql`
    select c.id, c.organization_id, (select count(*) from story) as n from collection c where c.name = 'Synthetisch' order by c.id limit 1`);
  return found && Number(found.n) >= stories ? { collectionId: found.id, organizationId: found.organization_id } : undefined;
}

/** Sets the instance up once; generates the stories unless that was done before. */
export async function seed(place: Place, stories: number, log: (line: string) => void): Promise<{ collectionId: string; organizationId: string }> {
  const existing = await withDatabase(place, (database) => seededCollection(database, stories));
  if (existing) return existing;
  const server = await startServerProcess(place);
  let organizationId: string;
  try {
    const setup = await call(server.baseUrl, "/api/v1/setup", { method: "POST", json: { organizationName: "Gemeente Bench", name: "Beheer", email: "bench@example.nl", password: "een-lang-wachtwoord" } });
    organizationId = setup.organization.id;
    await enrolInTwoFactor(server.baseUrl, setup.token);
  } finally {
    await server.stop();
  }
  return withDatabase(place, async (database) => {
    const started = performance.now();
    const scope = await createSyntheticScope(database.db, organizationId);
    await generateStoriesInSql(database.db, scope, stories);
    if (database.engine === "postgres") await database.db.execute(sql`vacuum analyze story`);
    log(`generated ${stories} stories in ${Math.round((performance.now() - started) / 1000)} s`);
    return { collectionId: scope.collectionIds[0], organizationId };
  });
}

/** A fresh API token of the bench organization's admin, written straight into the database. */
export async function adminToken(place: Place, organizationId: string): Promise<string> {
  const token = `vpt_${randomBytes(24).toString("hex")}`;
  await withDatabase(place, (database) => database.db.execute(sql`
    insert into api_token (organization_id, user_id, name, token_hash)
    select organization_id, user_id, 'startup bench', ${hashApiToken(token)} from member
    where organization_id = ${organizationId} and role = 'admin' limit 1`));
  return token;
}
