// A local stand-in for an organization's speech-to-text service: it speaks the OpenAI-compatible
// `POST /v1/audio/transcriptions` (multipart: file, model, language) and answers {text}. It does not
// listen to the audio; it answers the text it was given and records what it received, so tests
// can check what the client sent.
import { createServer, type Server } from "node:http";

export interface ReceivedTranscription {
  model: string;
  language: string;
  fileName: string;
  fileType: string;
  fileBytes: number;
  authorization?: string;
}

export interface TranscriptionServer {
  url: string;
  received: ReceivedTranscription[];
  /** What the next requests answer: text, or an HTTP status to fail with. */
  answer: { text: string } | { status: number };
  close(): Promise<void>;
}

export async function startTranscriptionServer(text = ""): Promise<TranscriptionServer> {
  const state: TranscriptionServer = { url: "", received: [], answer: { text }, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/v1/audio/transcriptions") {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = await new Request("http://local/", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: Buffer.concat(chunks) }).formData();
    const file = form.get("file");
    if (!(file instanceof File) || typeof form.get("model") !== "string") {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "file and model are required" } }));
      return;
    }
    state.received.push({
      model: String(form.get("model")), language: String(form.get("language") ?? ""), fileName: file.name, fileType: file.type,
      fileBytes: file.size, authorization: req.headers.authorization,
    });
    if ("status" in state.answer) {
      res.writeHead(state.answer.status).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ text: state.answer.text }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
