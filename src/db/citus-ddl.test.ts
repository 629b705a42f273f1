// docs/scale/citus.sql cannot be run here (no Citus): this keeps it from drifting from the schema.
// Every table is distributed by organization_id or a reference table, exactly once; and what
// Citus demands of a distributed table is there for every one of them: an organization_id
// column, primary keys and unique constraints that contain it, and foreign keys between
// organization tables that name it.
import { readFileSync } from "node:fs";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "./schema/index.ts";

const ddl = readFileSync(new URL("../../docs/scale/citus.sql", import.meta.url), "utf8");
const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => v instanceof PgTable).map((t) => getTableConfig(t));
const named = (pattern: RegExp) => [...ddl.matchAll(pattern)].map((m) => m[1]!);
const distributed = named(/create_distributed_table\('(\w+)', 'organization_id'/g);
const reference = named(/create_reference_table\('(\w+)'\)/g);
const organizationTables = tables.filter((t) => distributed.includes(t.name));

describe("the Citus DDL in docs/scale", () => {
  it("places every table of the schema exactly once", () => {
    expect([...distributed, ...reference].sort()).toEqual(tables.map((t) => t.name).sort());
    expect(new Set([...distributed, ...reference]).size).toBe(tables.length);
    expect(reference).toContain("organization");
    expect(distributed).toContain("story");
  });

  it("gives every distributed table an organization_id that its keys and unique columns contain", () => {
    for (const t of organizationTables) {
      const hasColumn = t.columns.some((c) => c.name === "organization_id") || ddl.includes(`ALTER TABLE "${t.name}" ADD COLUMN organization_id`);
      expect(hasColumn, t.name).toBe(true);
      const key = t.primaryKeys[0]?.columns.map((c) => c.name) ?? t.columns.filter((c) => c.primary).map((c) => c.name);
      if (key.length > 0 && !key.includes("organization_id")) expect(ddl, t.name).toContain(`ALTER TABLE "${t.name}" DROP CONSTRAINT`);
      for (const c of t.columns.filter((c) => c.isUnique)) expect(ddl, `${t.name}.${c.name}`).toContain(`ADD UNIQUE (organization_id, ${c.name})`);
    }
  });

  it("names the organization in every foreign key between distributed tables", () => {
    for (const t of organizationTables) {
      for (const fk of t.foreignKeys) {
        const r = fk.reference();
        const target = getTableConfig(r.foreignTable).name;
        if (reference.includes(target)) continue;
        expect(ddl, `${t.name}.${r.columns[0]!.name}`).toContain(`ALTER TABLE "${t.name}" ADD FOREIGN KEY (organization_id, ${r.columns[0]!.name}) REFERENCES "${target}"`);
      }
    }
  });
});
