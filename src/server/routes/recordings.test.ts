// Voice recordings through the API: consent, the upload token, limits, who may play (each play
// audited), a colleague's transcript, and erasure taking the audio along.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, type Organization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createUpload, fakeAudio, sendBytes, uploadRecording } from "../../testing/tus.ts";
import { uploadToken } from "../recordings/upload-token.ts";

let app: TestApp;
let org: Organization & { operatorToken: string };
let slug: string;

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  ({ collection: { slug } } = await makeCollection(app, org.adminToken));
});
afterAll(() => app.close());

const tell = (story: Record<string, unknown>) =>
  app.request(`/api/v1/public-collections/${slug}/stories`, { method: "POST", json: { answers: validAnswers, ...story } });
const tellSpoken = async (text = "") => json(tell({ text, consent: { research: true, keepRecording: true } }));
const storedFiles = () => readdirSync((app.deps.recordings!.storage.datastore as unknown as { directory: string }).directory).filter((f) => !f.endsWith(".json"));
const auditActions = async () =>
  (await json(app.request("/api/v1/audit-events", { token: org.adminToken }))).items.map((e: { action: string; subjectId: string }) => `${e.action} ${e.subjectId}`);

describe("telling with a voice recording", () => {
  it("offers an upload only with the separate consent to keep the recording", async () => {
    const typed = await json(tell({ text: "Getypt verhaal.", consent: { research: true } }));
    expect(typed.recordingUpload).toBeUndefined();
    const spoken = await tellSpoken();
    expect(spoken.recordingUpload).toMatchObject({ url: "/api/v1/recording-uploads", token: expect.stringMatching(new RegExp(`^${spoken.id}\\.\\d+\\.[\\w-]{32}$`)) });
    expect(Date.parse(spoken.recordingUpload.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
  });

  it("refuses a story with neither words nor a kept recording", async () => {
    const res = await tell({ text: "", consent: { research: true } });
    expect(res.status).toBe(400);
    expect((await res.json()).invalidParams).toEqual([expect.objectContaining({ name: "text", code: "textOrRecording" })]);
  });
});

describe("the resumable upload", () => {
  it("stores the recording, which a colleague can play, and every play is audited", async () => {
    const spoken = await tellSpoken();
    const audio = fakeAudio(40_000);
    await uploadRecording(app, spoken.recordingUpload.token, audio, { filetype: "audio/webm;codecs=opus", duration: "42" });
    const info = await json(app.request(`/api/v1/stories/${spoken.id}/recording`, { token: org.tokens.colleague }));
    expect(info).toEqual({ mimeType: "audio/webm", sizeBytes: 40_000, durationSeconds: 42, complete: true, audioUrl: `/api/v1/stories/${spoken.id}/recording/audio` });
    const played = await app.request(info.audioUrl, { token: org.tokens.analyst });
    expect(played.status).toBe(200);
    expect(played.headers.get("content-type")).toBe("audio/webm");
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(audio);
    expect(await auditActions()).toContain(`recording.played ${spoken.id}`);
    const story = await json(app.request(`/api/v1/stories/${spoken.id}`, { token: org.tokens.colleague }));
    expect(story).toMatchObject({ text: "", consent: { keepRecording: true }, transcriptSource: null });
  });

  it("lets only roles that read the full story play it", async () => {
    const spoken = await tellSpoken("Kort.");
    await uploadRecording(app, spoken.recordingUpload.token, fakeAudio(1000));
    const audio = `/api/v1/stories/${spoken.id}/recording/audio`;
    expect((await app.request(audio)).status).toBe(401);
    // A teller sees only their own stories: another's is not there at all.
    expect((await app.request(audio, { token: org.tokens.teller })).status).toBe(404);
    for (const token of [org.tokens.colleague, org.tokens.analyst, org.adminToken]) {
      const res = await app.request(audio, { token });
      await res.body?.cancel();
      expect(res.status).toBe(200);
    }
    const other = await makeOrganization(app, org.operatorToken);
    expect((await app.request(audio, { token: other.adminToken })).status).toBe(404);
  });

  it("lets a teller who told the story in person not play it (own story, role too low)", async () => {
    const collection = (await json(app.request("/api/v1/collections", { token: org.adminToken }))).items[0];
    const told = await json(app.request(`/api/v1/collections/${collection.id}/stories`, {
      method: "POST", token: org.tokens.teller, json: { text: "", answers: validAnswers, consent: { research: true, keepRecording: true } },
    }));
    await uploadRecording(app, told.recordingUpload.token, fakeAudio(500));
    expect((await app.request(`/api/v1/stories/${told.id}/recording/audio`, { token: org.tokens.teller })).status).toBe(403);
  });

  it("refuses uploads without a genuine token for the story", async () => {
    const spoken = await tellSpoken();
    const missing = await createUpload(app, undefined, 100);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    const forged = `${spoken.id}.${Date.now() + 3600_000}.${"A".repeat(32)}`;
    expect((await createUpload(app, forged, 100)).status).toBe(401);
    const expired = uploadToken(app.deps.config.secret, spoken.id, new Date(Date.now() - 25 * 3600_000)).token;
    expect((await createUpload(app, expired, 100)).status).toBe(401);
    // One story's token does not reach another story's upload.
    const other = await tellSpoken();
    const location = (await createUpload(app, other.recordingUpload.token, 100)).headers.get("location")!;
    expect((await sendBytes(app, spoken.recordingUpload.token, location, 0, fakeAudio(100))).status).toBe(404);
  });

  it("refuses the upload when the teller did not agree to keep the recording", async () => {
    const typed = await json(tell({ text: "Alleen getypt.", consent: { research: true } }));
    const token = uploadToken(app.deps.config.secret, typed.id, new Date()).token;
    const res = await createUpload(app, token, 100);
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toMatch(/toestemming/);
  });

  it("holds recordings to their types, size and length, and takes one per story", async () => {
    const { recordingUpload: { token } } = await tellSpoken();
    expect((await createUpload(app, token, 100, { filetype: "video/mp4" })).status).toBe(415);
    expect((await createUpload(app, token, 11 * 1024 * 1024)).status).toBe(413);
    expect((await createUpload(app, token, 100, { filetype: "audio/ogg", duration: "301" })).status).toBe(413);
    await uploadRecording(app, token, fakeAudio(100), { filetype: "audio/wav", duration: "3" });
    expect((await createUpload(app, token, 100)).status).toBe(409);
  });
});

describe("a colleague's transcript", () => {
  it("becomes the story's redacted, searchable text, marked as a transcript, once", async () => {
    const spoken = await tellSpoken();
    await uploadRecording(app, spoken.recordingUpload.token, fakeAudio(300));
    const path = `/api/v1/stories/${spoken.id}/transcript`;
    const text = "Mijn buurvrouw belde 06-12345678 en toen kwam de wijkcoach snel langs.";
    expect((await app.request(path, { method: "PUT", token: org.tokens.teller, json: { text } })).status).toBe(404);
    const written = await json(app.request(path, { method: "PUT", token: org.tokens.colleague, json: { text } }));
    expect(written.transcriptSource).toBe("colleague");
    expect(written.text).toContain("wijkcoach snel langs");
    expect(written.text).not.toContain("06-12345678");
    const found = await json(app.request("/api/v1/stories?q=wijkcoach", { token: org.tokens.colleague }));
    expect(found.items.map((s: { id: string }) => s.id)).toContain(spoken.id);
    expect((await app.request(path, { method: "PUT", token: org.tokens.colleague, json: { text: "Nog eens." } })).status).toBe(409);
  });
});

describe("erasure", () => {
  it("removes the audio when the teller withdraws the story or an admin erases it", async () => {
    const withdrawn = await tellSpoken();
    const erased = await tellSpoken();
    await uploadRecording(app, withdrawn.recordingUpload.token, fakeAudio(200));
    await uploadRecording(app, erased.recordingUpload.token, fakeAudio(200));
    const ofStory = (id: string) => storedFiles().filter((f) => f.startsWith(id));
    expect(ofStory(withdrawn.id)).toHaveLength(1);
    expect(ofStory(erased.id)).toHaveLength(1);
    const receipt = `/api/v1/receipts/${withdrawn.receiptUrl.split("/bon/")[1]}`;
    expect((await app.request(receipt, { method: "DELETE" })).status).toBe(204);
    expect((await app.request(`/api/v1/stories/${erased.id}`, { method: "DELETE", token: org.adminToken })).status).toBe(204);
    expect(ofStory(withdrawn.id)).toEqual([]);
    expect(ofStory(erased.id)).toEqual([]);
    expect(await app.deps.recordings!.sweep()).toBe(0);
  });
});
