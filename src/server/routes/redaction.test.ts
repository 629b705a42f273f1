import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client.ts";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };
const text = "Mevrouw Jansen belde me op 06-12345678. Haar BSN 111222333 stond verkeerd in het systeem.";

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

describe("personal data in story texts", () => {
  it("previews the redaction for the teller without storing anything", async () => {
    const preview = await json(app.request("/api/v1/redaction-previews", { method: "POST", json: { text } }));
    expect(preview.text).toBe("Mevrouw [naam] belde me op [telefoonnummer]. Haar BSN [BSN] stond verkeerd in het systeem.");
    expect(preview.findings.map((f: { kind: string }) => f.kind)).toEqual(["name", "phone", "bsn"]);
    expect(text.slice(preview.findings[2].start, preview.findings[2].end)).toBe("111222333");
  });

  it("stores only the redacted story, notes and free-text answers", async () => {
    const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { title: "Over mevrouw Jansen", text, answers: { ...validAnswers, les: "Bel Piet de Vries" }, consent: { research: true } },
    }));
    const stored = await json(app.request(`/api/v1/stories/${told.id}`, { token: org.tokens.colleague }));
    expect(stored.text).toContain("Mevrouw [naam] belde");
    expect(stored.title).toBe("Over mevrouw [naam]");
    expect(stored.answers.les).toBe("Bel [naam]");
    await app.request(`/api/v1/stories/${told.id}/interpretations`, {
      method: "POST", token: org.tokens.colleague, json: { note: "Mail haar via j.jansen@example.nl", answers: {} },
    });
    const tables = await queryRows<{ name: string }>(app.database.db, sql`select tablename as name from pg_tables where schemaname = 'public'`);
    for (const { name } of tables) {
      const rows = await queryRows<{ row: string }>(app.database.db, sql.raw(`select t::text as row from "${name}" t`));
      for (const { row } of rows) {
        for (const secret of ["111222333", "06-12345678", "Jansen", "j.jansen@example.nl", "Piet de Vries"]) expect(row, name).not.toContain(secret);
      }
    }
  });

  it("in an English story the teller's preview, the stored text and its text answers agree: a sentence start is no name", async () => {
    const english = "She came to our house. So can I. So he smiled. Then Mrs Jansen came.";
    const preview = await json(app.request("/api/v1/redaction-previews", { method: "POST", json: { text: english, language: "en" } }));
    expect(preview.text).toBe("She came to our house. So can I. So he smiled. Then Mrs [naam] came.");
    // Without a language the preview reads Dutch, which hides at least as much as storage will.
    const dutch = await json(app.request("/api/v1/redaction-previews", { method: "POST", json: { text: english } }));
    expect(dutch.findings.length).toBeGreaterThan(preview.findings.length);
    const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: english, language: "en", answers: { ...validAnswers, les: "so can I. So he did" }, consent: { research: true } },
    }));
    const stored = await json(app.request(`/api/v1/stories/${told.id}`, { token: org.tokens.colleague }));
    expect(stored.text).toBe(preview.text);
    expect(stored.answers.les).toBe("so can I. So he did");
  });

  it("does not find a story by a name that was redacted", async () => {
    const found = await json(app.request(`/api/v1/stories?q=Jansen`, { token: org.adminToken }));
    expect(found.items).toHaveLength(0);
  });
});
