// The benchmarks' HTTP client: node:http with keep-alive connections. The load generator shares this
// machine's two cores with the server, so its own cost shows up in the server's figures: fetch
// (undici) spent about 1.1 ms of CPU per story submitted, node:http about 0.3 ms.
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true });
/** A request not answered within this time counts as failed ("timeout"). */
const TIMEOUT_MS = 30_000;

export interface HttpInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Resolves with the status once the whole answer has arrived; the body is read and dropped. */
export function send(url: string, { method = "GET", headers = {}, body }: HttpInit = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = request(url, { method, agent, headers: { ...headers, ...length }, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode!));
      res.once("error", reject);
    });
    req.once("timeout", () => req.destroy(Object.assign(new Error("no answer in time"), { code: "timeout" })));
    req.once("error", reject);
    req.end(body);
  });
}

export const postJson = (url: string, body: string) => send(url, { method: "POST", headers: { "content-type": "application/json" }, body });
