import { describe, expect, it } from "vitest";
import { pruneTheme, tokenNames } from "./theme-tokens.ts";

const theme = [
  ".voorbeeld-theme {",
  "  --utrecht-button-background-color: var(--basis-color-action-1-bg-default);",
  "  --basis-color-action-1-bg-default: var(--voorbeeld-kleuren-violet-600);",
  "  --voorbeeld-kleuren-violet-600: #5115ef;",
  "  --denhaag-tabs-tab-panel-outline: 0px; /* [code-only] */",
  "  --voorbeeld-kleuren-rood-600: #a01d23;",
  "}",
].join("\n");

describe("theme tokens", () => {
  it("finds the custom properties a stylesheet or a module names", () => {
    expect(tokenNames(".x { color: var(--vp-color-text, var(--basis-color-default)); --_own: 1px }")).toEqual(new Set(["--vp-color-text", "--basis-color-default", "--_own"]));
    expect(tokenNames("style={{ borderColor: 'var(--basis-color-default-border-subtle)' }}")).toEqual(new Set(["--basis-color-default-border-subtle"]));
  });

  it("keeps a used token and every token it refers to, and drops the rest", () => {
    const pruned = pruneTheme(theme, new Set(["--utrecht-button-background-color"]));
    expect(pruned.split("\n")).toEqual([
      ".voorbeeld-theme {",
      "  --utrecht-button-background-color: var(--basis-color-action-1-bg-default);",
      "  --basis-color-action-1-bg-default: var(--voorbeeld-kleuren-violet-600);",
      "  --voorbeeld-kleuren-violet-600: #5115ef;",
      "}",
    ]);
  });

  it("keeps nothing but the rule when no token is used, and a name the theme lacks changes nothing", () => {
    expect(pruneTheme(theme, new Set(["--vp-unknown"]))).toBe(".voorbeeld-theme {\n}");
  });
});
