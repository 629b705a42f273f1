// The scopes a person may give a token, as the server allows them (server/people/token-scope.ts).
import type { Role } from "../toolkit/session.tsx";
import type { tokenMessages } from "./messages.ts";

export type TokenScope = "read" | "analyse" | "write" | "admin";

const neededRole: Record<TokenScope, Role> = { read: "teller", analyse: "analyst", write: "teller", admin: "admin" };
const order: Role[] = ["teller", "colleague", "analyst", "admin"];

export const scopesFor = (role: Role): TokenScope[] =>
  (Object.keys(neededRole) as TokenScope[]).filter((s) => order.indexOf(role) >= order.indexOf(neededRole[s]));

export const scopeLabels: Record<TokenScope, keyof typeof tokenMessages> = {
  read: "scopeRead", analyse: "scopeAnalyse", write: "scopeWrite", admin: "scopeAdmin",
};
export const scopeHints: Record<TokenScope, keyof typeof tokenMessages> = {
  read: "scopeReadHint", analyse: "scopeAnalyseHint", write: "scopeWriteHint", admin: "scopeAdminHint",
};
