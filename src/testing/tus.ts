// The tus requests a client makes, written out, for tests of the recording upload.
import type { TestApp } from "./test-app.ts";

export const UPLOADS = "/api/v1/recording-uploads";

const metadataHeader = (metadata: Record<string, string>) =>
  Object.entries(metadata).map(([key, value]) => `${key} ${Buffer.from(value).toString("base64")}`).join(",");

export function createUpload(app: TestApp, token: string | undefined, length: number, metadata: Record<string, string> = { filetype: "audio/webm", duration: "12" }) {
  const headers: Record<string, string> = { "Tus-Resumable": "1.0.0", "Upload-Length": String(length), "Upload-Metadata": metadataHeader(metadata) };
  if (token) headers["Upload-Token"] = token;
  return app.request(UPLOADS, { method: "POST", headers });
}

export function sendBytes(app: TestApp, token: string, location: string, offset: number, bytes: Uint8Array) {
  return app.request(location, {
    method: "PATCH", body: bytes as Uint8Array<ArrayBuffer>,
    headers: { "Tus-Resumable": "1.0.0", "Upload-Token": token, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
  });
}

/** Creates the upload and sends all bytes in one PATCH; returns the upload's path. */
export async function uploadRecording(app: TestApp, token: string, bytes: Uint8Array, metadata?: Record<string, string>): Promise<string> {
  const created = await createUpload(app, token, bytes.byteLength, metadata);
  if (created.status !== 201) throw new Error(`creating the upload answered ${created.status}: ${await created.text()}`);
  const location = created.headers.get("location")!;
  const sent = await sendBytes(app, token, location, 0, bytes);
  if (sent.status !== 204) throw new Error(`sending the audio answered ${sent.status}: ${await sent.text()}`);
  return location;
}

/** Bytes that stand in for a recording (the server does not decode audio). */
export const fakeAudio = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 251);
