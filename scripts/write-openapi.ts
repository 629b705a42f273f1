// Writes the OpenAPI document to a file (for Spectral, or for publishing) from an in-memory app.
import { writeFileSync } from "node:fs";
import { openDatabase } from "../src/db/client.ts";
import { buildApp } from "../src/server/app.ts";
import { createLogger } from "../src/server/logger.ts";

export async function openApiDocument(publicUrl = "https://vertelpunt.example.org"): Promise<unknown> {
  const database = await openDatabase({ dataDir: "memory://" });
  try {
    const { app } = await buildApp(database, { publicUrl, secret: "document-only-secret-0123456789abcdef" }, createLogger("silent"));
    const response = await app.request("/api/v1/openapi.json");
    if (!response.ok) throw new Error(`openapi.json answered ${response.status}`);
    return await response.json();
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? "openapi.json";
  writeFileSync(target, JSON.stringify(await openApiDocument(), null, 2));
  console.log(`wrote ${target}`);
}
