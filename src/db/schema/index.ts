export * from "./auth.ts";
export * from "./vertelpunt.ts";
export * from "./intervision.ts";
export * from "./rounds.ts";
export * from "./booklets.ts";
export * from "./people.ts";
export * from "./round-invitations.ts";
export * from "./sector.ts";
