import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { instanceSetting } from "./schema/index.ts";

/** The signing secret, made once per database so that every app process on it shares it. */
export async function instanceSecret(db: Db): Promise<string> {
  await db
    .insert(instanceSetting)
    .values({ key: "authSecret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSetting).where(eq(instanceSetting.key, "authSecret"));
  if (!row) throw new Error("instance secret missing");
  return row.value;
}
