// The story list narrowed by answers, read exactly as the pattern routes read them: a dashboard lists
// the stories behind a bar or a region of a triangle with the same conditions it counted them with,
// so the list holds the counted stories (research consent given) and no others.
import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { PatternScope } from "../../core/patterns/distribution.ts";
import { answerCondition, PatternQueryError, resolveFilter } from "../../core/patterns/filter.ts";
import { storyWhere } from "../../db/aggregates/answer-sql.ts";
import { resolveSqlScope } from "../../db/aggregates/scope.ts";
import type { Db } from "../../db/client.ts";
import { story } from "../../db/schema/index.ts";
import { badRequest, notFound } from "../problem.ts";

const conditions = z.array(answerCondition).min(1).max(20);

function parseConditions(answers: string) {
  let value: unknown;
  try {
    value = JSON.parse(answers);
  } catch {
    throw badRequest([{ name: "answers", reason: "not valid JSON", code: "invalidJson" }]);
  }
  const parsed = conditions.safeParse(value);
  if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => ({ name: ["answers", ...i.path].join("."), reason: i.message, code: i.code })));
  return parsed.data;
}

/** A condition on story.id: the scope's stories that the pattern routes count under these answer conditions. */
export async function answerFilter(db: Db, scope: PatternScope, answers: string): Promise<SQL> {
  if (!scope.collectionId && !scope.frameworkId) {
    throw badRequest([{ name: "collectionId", reason: "answers needs a collection or a framework", code: "required" }]);
  }
  const parsed = parseConditions(answers);
  try {
    const { scope: resolved, catalog } = await resolveSqlScope(db, scope);
    return sql`${story.id} in (select s.id from story s where ${storyWhere(resolved, resolveFilter(catalog, { answers: parsed }))})`;
  } catch (error) {
    if (!(error instanceof PatternQueryError)) throw error;
    if (error.code === "unknownScope") throw notFound();
    throw badRequest([{ name: "answers", reason: error.detail, code: error.code }]);
  }
}
