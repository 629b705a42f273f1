/** A failure the user can fix: main prints its message alone (no stack) and exits with 1. */
export class CliError extends Error {}

/** A server's problem+json as one line: its detail and each invalid parameter's reason. */
export function serverProblem(status: number, answer: { detail?: string; title?: string; invalidParams?: { reason: string }[] }): CliError {
  const params = answer.invalidParams ? ` (${answer.invalidParams.map((p) => p.reason).join("; ")})` : "";
  return new CliError(`The server answered ${status}: ${answer.detail ?? answer.title ?? "no details"}${params}`);
}

/** fetch, with a server that cannot be reached (a wrong --url, a server not started) said plainly instead of a stack. */
export async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const where = URL.canParse(url) ? new URL(url).origin : url.split("/api/")[0];
    throw new CliError(`Cannot reach the server at ${where} (${cause?.code ?? cause?.message ?? (error as Error).message}). Is it running, and is --url right?`);
  }
}
