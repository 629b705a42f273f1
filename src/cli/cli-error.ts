/** A failure the user can fix: main prints its message alone (no stack) and exits with 1. */
export class CliError extends Error {}

/** A server's problem+json as one line: its detail and each invalid parameter's reason. */
export function serverProblem(status: number, answer: { detail?: string; title?: string; invalidParams?: { reason: string }[] }): CliError {
  const params = answer.invalidParams ? ` (${answer.invalidParams.map((p) => p.reason).join("; ")})` : "";
  return new CliError(`The server answered ${status}: ${answer.detail ?? answer.title ?? "no details"}${params}`);
}
