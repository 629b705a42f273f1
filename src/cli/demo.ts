// `vertelpunt demo`: makes (or with --remove, removes) the demo vertelpunt on a running server, the
// same as the button on the home page: invented stories, marked demo, removable in one step.
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";

export const demoUsage = "Usage: vertelpunt demo [--seed <number>] [--count <number>] [--remove] [--url <server>] [--token <token>]";

const integer = (value: string | undefined, name: string) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--${name} takes a whole number. ${demoUsage}`);
  return Number(value);
};

async function call(base: string, token: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(init.json === undefined ? {} : { "content-type": "application/json" }) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const answer = res.status === 204 ? {} : await res.json().catch(() => ({}));
  if (!res.ok) throw new CliError(`The server answered ${res.status}: ${answer.detail ?? answer.title ?? "no details"}${answer.invalidParams ? ` (${answer.invalidParams.map((p: { name: string; reason: string }) => `${p.name}: ${p.reason}`).join("; ")})` : ""}`);
  return answer;
}

export async function demoCommand(args: string[], env: { url: string; token?: string }): Promise<string> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    seed: { type: "string" }, count: { type: "string" }, remove: { type: "boolean" }, url: { type: "string" }, token: { type: "string" },
  } });
  if (positionals.length > 0) throw new CliError(demoUsage);
  const token = values.token ?? env.token;
  if (!token) throw new CliError("Give an admin's API token with --token or VERTELPUNT_TOKEN (create one in the web app or with POST /api/v1/api-tokens).");
  const base = (values.url ?? env.url).replace(/\/$/, "");
  if (values.remove) {
    const { demoCollectionId } = await call(base, token, "/getting-started");
    if (!demoCollectionId) return "There is no demo vertelpunt to remove.";
    await call(base, token, `/demo-collections/${demoCollectionId}`, { method: "DELETE" });
    return "Removed the demo vertelpunt with its stories and framework.";
  }
  const created = await call(base, token, "/demo-collections", { method: "POST", json: { seed: integer(values.seed, "seed"), count: integer(values.count, "count") } });
  const stories = await call(base, token, `/collections/${created.id}/patterns`);
  return [
    `Made the demo vertelpunt "${created.name}" with ${stories.stories} invented stories.`,
    `Open ${base}/collections/${created.id} to look around; remove it with: vertelpunt demo --remove`,
  ].join("\n");
}
