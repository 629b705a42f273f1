// Validates a project.qde against the REFI-QDA Project schema with xmllint (Debian's libxml2-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const schema = fileURLToPath(new URL("./Project-mrt2019.xsd", import.meta.url));

/** xmllint's verdict: "" when the document is valid, else its messages. */
export function refiQdaSchemaErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "qde-"));
  const file = join(dir, "project.qde");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
