// Upload over a connection that breaks halfway: the client asks how much arrived (HEAD) and sends
// the rest from there (PATCH at that offset); the stored audio is the whole recording, once. Over
// real HTTP, into the data directory and into S3-compatible storage (a local s3rver).
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, validAnswers } from "../../testing/fixtures.ts";
import { startLocalS3, type LocalS3 } from "../../testing/local-s3.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { fakeAudio, UPLOADS } from "../../testing/tus.ts";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function servedApp(s3?: LocalS3) {
  const app = await createTestApp(s3 ? { recordingStorage: s3.config } : {});
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  });
  return { app, base };
}

/** Sends the first `part` bytes of a PATCH that announces all of them, then cuts the connection. */
function brokenPatch(url: string, token: string, bytes: Uint8Array, part: number): Promise<void> {
  return new Promise((resolve) => {
    const req = httpRequest(url, {
      method: "PATCH",
      headers: { "Tus-Resumable": "1.0.0", "Upload-Token": token, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream", "Content-Length": String(bytes.byteLength) },
    });
    req.on("error", () => resolve());
    req.write(bytes.subarray(0, part));
    // Long enough for the server to store what arrived; then the line drops.
    setTimeout(() => {
      req.destroy();
      setTimeout(resolve, 300);
    }, 500);
  });
}

async function tellAndUpload(app: TestApp, base: string, size: number) {
  const org = await makeOrganization(app);
  const { collection } = await makeCollection(app, org.adminToken);
  const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
    method: "POST", json: { text: "", answers: validAnswers, consent: { research: true, keepRecording: true } },
  }));
  const token: string = told.recordingUpload.token;
  const tus = { "Tus-Resumable": "1.0.0", "Upload-Token": token };
  const created = await fetch(`${base}${UPLOADS}`, {
    method: "POST", headers: { ...tus, "Upload-Length": String(size), "Upload-Metadata": `filetype ${btoa("audio/ogg")},duration ${btoa("180")}` },
  });
  expect(created.status).toBe(201);
  const url = new URL(created.headers.get("location")!, base).href;
  return { org, told, tus, url, audio: fakeAudio(size), token };
}

async function resume(url: string, tus: Record<string, string>, audio: Uint8Array) {
  const head = await fetch(url, { method: "HEAD", headers: tus });
  expect(head.status, await head.clone().text() + JSON.stringify([...head.headers])).toBe(200);
  const offset = Number(head.headers.get("upload-offset"));
  const rest = await fetch(url, {
    method: "PATCH", headers: { ...tus, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" }, body: audio.subarray(offset) as Uint8Array<ArrayBuffer>,
  });
  expect(rest.status).toBe(204);
  expect(Number(rest.headers.get("upload-offset"))).toBe(audio.byteLength);
  return offset;
}

describe("an upload cut off halfway resumes where it stopped", () => {
  it("in the data directory", { timeout: 240_000 }, async () => {
    const { app, base } = await servedApp();
    const size = 1_200_000;
    const { org, told, tus, url, audio, token } = await tellAndUpload(app, base, size);
    await brokenPatch(url, token, audio, size / 2);
    const offset = await resume(url, tus, audio);
    // Something arrived before the cut, and not more than was sent.
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(size / 2);
    const played = await fetch(`${base}/api/v1/stories/${told.id}/recording/audio`, { headers: { authorization: `Bearer ${org.tokens.colleague}` } });
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(audio);
  });

});

describe("S3-compatible storage", () => {
  it("resumes a cut upload, plays it, and erasure removes its objects", { timeout: 240_000 }, async () => {
    const s3 = await startLocalS3();
    cleanups.push(() => s3.close());
    const { app, base } = await servedApp(s3);
    const size = 1_200_000;
    const { org, told, url, tus, audio, token } = await tellAndUpload(app, base, size);
    await brokenPatch(url, token, audio, size / 2);
    // S3 keeps only whole parts (5 MiB) of a request that broke off: this one starts again from 0.
    await resume(url, tus, audio);
    const played = await fetch(`${base}/api/v1/stories/${told.id}/recording/audio`, { headers: { authorization: `Bearer ${org.tokens.analyst}` } });
    expect(played.status).toBe(200);
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(audio);
    expect((await s3.objectKeys()).filter((key) => key.startsWith(told.id)).length).toBeGreaterThan(0);
    const erased = await fetch(`${base}/api/v1/stories/${told.id}`, { method: "DELETE", headers: { authorization: `Bearer ${org.adminToken}` } });
    expect(erased.status).toBe(204);
    expect((await s3.objectKeys()).filter((key) => key.startsWith(told.id))).toEqual([]);
  });
});
