// How the scopes a person may give a token (core/token-scope.ts) are named on screen.
import type { TokenScope } from "../../core/token-scope.ts";
import type { tokenMessages } from "./messages.ts";

export const scopeLabels: Record<TokenScope, keyof typeof tokenMessages> = {
  read: "scopeRead", analyse: "scopeAnalyse", write: "scopeWrite", admin: "scopeAdmin",
};
export const scopeHints: Record<TokenScope, keyof typeof tokenMessages> = {
  read: "scopeReadHint", analyse: "scopeAnalyseHint", write: "scopeWriteHint", admin: "scopeAdminHint",
};
