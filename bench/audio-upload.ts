// Upload of a 3-minute voice recording over a throttled link, with the browser's client settings
// (tus-js-client, 512 KiB parts): once over an unbroken link, once with the connection cut halfway
// (the client resumes where the server stopped). The link is a local proxy that lets the upload
// through at UPLOAD_KBIT kbit/s (default 1,000: a slow 4G uplink) after LINK_DELAY_MS per chunk.
import { connect, createServer, type Socket } from "node:net";
import { Upload } from "tus-js-client";
import { call, seedCollection, startBenchServer } from "../src/testing/spawn-server.ts";

const SECONDS = 180;
const KBIT = Number(process.env.UPLOAD_KBIT ?? 1000);
/** Chromium's MediaRecorder records Opus at about this many kbit/s (see the report). */
const RECORDING_KBIT = Number(process.env.RECORDING_KBIT ?? 128);
const DELAY_MS = Number(process.env.LINK_DELAY_MS ?? 75);

/** A TCP proxy whose client-to-server direction carries `kbit` kbit/s; cut() drops every connection. */
async function throttledLink(targetPort: number, kbit: number) {
  const sockets = new Set<Socket>();
  const bytesPerMs = (kbit * 1000) / 8 / 1000;
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    let ready = Date.now();
    client.on("data", (chunk: Buffer) => {
      // Each chunk leaves when the link would have carried everything before it.
      ready = Math.max(ready, Date.now() + DELAY_MS) + chunk.length / bytesPerMs;
      client.pause();
      setTimeout(() => {
        upstream.write(chunk);
        client.resume();
      }, ready - Date.now());
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut: () => sockets.forEach((s) => s.destroy()),
    close: () => new Promise<void>((resolve) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => resolve());
    }),
  };
}

async function uploadOnce(baseUrl: string, slug: string, link: { port: number; cut(): void }, cutHalfway: boolean) {
  const told = await call<{ recordingUpload: { url: string; token: string } }>(baseUrl, `/api/v1/public-collections/${slug}/stories`, {
    // The seeded framework requires these three questions answered.
    method: "POST", json: { text: "", answers: { situatie: "wonen", aanpak: "huisbezoek", uitkomst: "beter" }, consent: { research: true, keepRecording: true } },
  });
  const size = Math.round((SECONDS * RECORDING_KBIT * 1000) / 8);
  const audio = Buffer.alloc(size, 7);
  const started = performance.now();
  let cut = false;
  await new Promise<void>((resolve, reject) => {
    const upload = new Upload(audio, {
      endpoint: `http://127.0.0.1:${link.port}${told.recordingUpload.url}`,
      headers: { "Upload-Token": told.recordingUpload.token },
      metadata: { filetype: "audio/webm", duration: String(SECONDS) },
      chunkSize: 512 * 1024,
      retryDelays: [0, 500, 1000, 3000],
      onProgress: (sent, total) => {
        if (cutHalfway && !cut && sent >= total / 2) {
          cut = true;
          link.cut();
        }
      },
      onSuccess: () => resolve(),
      onError: reject,
    });
    upload.start();
  });
  return { size, seconds: (performance.now() - started) / 1000 };
}

export async function benchAudioUpload() {
  const server = await startBenchServer("pglite");
  try {
    const { collection } = await seedCollection(server.baseUrl);
    const rows = [];
    for (const cutHalfway of [false, true]) {
      const link = await throttledLink(Number(new URL(server.baseUrl).port), KBIT);
      try {
        const { size, seconds } = await uploadOnce(server.baseUrl, collection.slug, link, cutHalfway);
        const ideal = (size * 8) / (KBIT * 1000);
        rows.push({
          link: `${KBIT} kbit/s up${cutHalfway ? ", cut at 50%" : ""}`, recording: `${SECONDS} s at ${RECORDING_KBIT} kbit/s`,
          "size (KB)": Math.round(size / 1024), "upload (s)": seconds, "line-rate minimum (s)": ideal,
        });
      } finally {
        await link.close();
      }
    }
    return rows;
  } finally {
    await server.stop();
  }
}
