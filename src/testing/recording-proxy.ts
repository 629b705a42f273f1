// A loopback HTTP proxy that records every request passing through it (method, path, headers,
// body) before forwarding it: the sector tests read every byte an instance sends to its hub. Its
// target can change (a hub restarted on another port); with no target it answers 502, as a hub
// that is down would look to the sender.
import { createServer, type Server } from "node:http";

export interface RecordedRequest { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string; status: number }

export class RecordingProxy {
  readonly requests: RecordedRequest[] = [];
  target: string | undefined;
  private server: Server | undefined;
  url = "";

  constructor(target?: string) {
    this.target = target;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      const record: RecordedRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body, status: 502 };
      this.requests.push(record);
      if (!this.target) {
        res.writeHead(502).end();
        return;
      }
      try {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !["host", "connection", "content-length"].includes(name)).map(([k, v]) => [k, String(v)]));
        const answer = await fetch(`${this.target}${req.url}`, { method: req.method, headers, body: body === "" ? undefined : body });
        record.status = answer.status;
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await answer.arrayBuffer()));
      } catch {
        res.writeHead(502).end();
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}`;
    return this;
  }

  async close() {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
