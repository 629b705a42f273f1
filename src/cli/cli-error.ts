/** A failure the user can fix: main prints its message alone (no stack) and exits with 1. */
export class CliError extends Error {}
