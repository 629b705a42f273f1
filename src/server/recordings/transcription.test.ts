// The transcription client against a local server that speaks the OpenAI-compatible API, and a
// recording that becomes the redacted, searchable, marked text of its story.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeCollection, makeOrganization, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { startTranscriptionServer, type TranscriptionServer } from "../../testing/transcription-server.ts";
import { fakeAudio, uploadRecording } from "../../testing/tus.ts";
import { transcribe } from "./transcription.ts";

let service: TranscriptionServer;
beforeAll(async () => {
  service = await startTranscriptionServer();
});
afterAll(() => service.close());

describe("the transcription client", () => {
  it("sends the audio as multipart with model, language and key, and returns the text", async () => {
    service.answer = { text: "  Het ging goed.  " };
    const audio = new Blob([fakeAudio(2048) as Uint8Array<ArrayBuffer>], { type: "audio/ogg" });
    const text = await transcribe({ url: `${service.url}/`, apiKey: "geheim", model: "whisper-large-v3" }, audio, "opname.ogg", "nl");
    expect(text).toBe("Het ging goed.");
    expect(service.received.at(-1)).toEqual({
      model: "whisper-large-v3", language: "nl", fileName: "opname.ogg", fileType: "audio/ogg", fileBytes: 2048, authorization: "Bearer geheim",
    });
  });

  it("takes the full endpoint as well as the base address, and fails on an error answer", async () => {
    service.answer = { text: "x" };
    const audio = new Blob(["a"], { type: "audio/webm" });
    await expect(transcribe({ url: `${service.url}/v1/audio/transcriptions`, model: "m" }, audio, "a.webm", "en")).resolves.toBe("x");
    service.answer = { status: 503 };
    await expect(transcribe({ url: service.url, model: "m" }, audio, "a.webm", "nl")).rejects.toThrow(/503/);
  });
});

describe("a recorded story with a transcription service", () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it("gets the transcript as its text: personal data removed, searchable, marked", async () => {
    app = await createTestApp({ transcription: { url: service.url, model: "whisper-1" } });
    const org = await makeOrganization(app);
    const { collection } = await makeCollection(app, org.adminToken);
    service.answer = { text: "De bewindvoerder belde me op 06-12345678 en daarna was er eindelijk rust." };
    const told = await json(app.request(`/api/v1/public-collections/${collection.slug}/stories`, {
      method: "POST", json: { text: "Over mijn schulden.", answers: validAnswers, consent: { research: true, keepRecording: true } },
    }));
    await uploadRecording(app, told.recordingUpload.token, fakeAudio(5000), { filetype: "audio/webm", duration: "20" });
    await app.deps.recordings!.settled();
    expect(service.received.at(-1)).toMatchObject({ fileType: "audio/webm", fileBytes: 5000, language: "nl" });
    const story = await json(app.request(`/api/v1/stories/${told.id}`, { token: org.tokens.colleague }));
    expect(story.transcriptSource).toBe("service");
    expect(story.text).toMatch(/^Over mijn schulden\.\n\nDe bewindvoerder belde me op .+ en daarna was er eindelijk rust\.$/);
    expect(story.text).not.toContain("06-12345678");
    const found = await json(app.request("/api/v1/stories?q=bewindvoerder", { token: org.tokens.colleague }));
    expect(found.items.map((s: { id: string }) => s.id)).toEqual([told.id]);
  });
});
