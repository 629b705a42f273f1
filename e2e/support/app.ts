// A real Vertelpunt process on a fresh embedded database, serving the built web app, set up with an
// organization, people, the klantmanagers framework and an open collection.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { call, type RunningServer, seedCollection, startBenchServer } from "../../src/testing/spawn-server.ts";
import { launchBrowser } from "./browser.ts";
import { type FakeMicrophone, fakeMicrophone } from "./voice.ts";

export interface E2eApp {
  server: RunningServer;
  baseUrl: string;
  adminToken: string;
  admin: { email: string; password: string };
  collection: { id: string; slug: string; publicUrl: string };
  framework: { id: string };
}

export async function startE2eApp(): Promise<E2eApp> {
  return seedE2eApp(await startBenchServer("pglite"));
}

/** Sets up a server that has no users yet as startE2eApp does (e.g. after checking /setup on it). */
export async function seedE2eApp(server: RunningServer): Promise<E2eApp> {
  const { token, framework, collection } = await seedCollection(server.baseUrl);
  return {
    server, baseUrl: server.baseUrl, adminToken: token, framework, collection,
    admin: { email: "bench@example.nl", password: "een-lang-wachtwoord" },
  };
}

export async function addMember(app: E2eApp, role: string, name: string) {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.nl`;
  await call(app.baseUrl, "/api/v1/members", { method: "POST", token: app.adminToken, json: { name, email, password: "een-lang-wachtwoord", role } });
  return { email, password: "een-lang-wachtwoord" };
}

/**
 * For a test file: starts the app and a browser before its tests and stops both after. The fields
 * are filled in once the file's tests begin. `microphone`: the browser hears a spoken Dutch sentence
 * (voice.ts).
 */
export function appAndBrowserPerFile({ microphone = false } = {}): { app: E2eApp; browser: Browser } {
  const env = {} as { app: E2eApp; browser: Browser };
  let fake: FakeMicrophone | undefined;
  beforeAll(async () => {
    fake = microphone ? fakeMicrophone() : undefined;
    [env.app, env.browser] = await Promise.all([startE2eApp(), launchBrowser(fake?.args)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.server.stop();
    fake?.remove();
  });
  return env;
}
