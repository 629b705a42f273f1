// Reads server-sent events from a streaming response until one of the wanted type arrives.
export async function waitForEvent(response: Response, type: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const deadline = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`no ${type} event within ${timeoutMs} ms`);
      buffer += value;
      for (const block of buffer.split("\n\n").slice(0, -1)) {
        const event = block.match(/^event: (.*)$/m)?.[1];
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (event === type) return JSON.parse(data ?? "{}");
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n\n") + 2);
    }
  } finally {
    clearTimeout(deadline);
    void reader.cancel().catch(() => {});
  }
}
