import { describe, expect, it } from "vitest";
import { ssoFromEnv, ssoRefusal } from "./single-sign-on.ts";

describe("single sign-on configuration", () => {
  it("is off without an issuer, and refuses an issuer without its client", () => {
    expect(ssoFromEnv({})).toBeUndefined();
    expect(() => ssoFromEnv({ VERTELPUNT_OIDC_ISSUER: "https://login.example.nl" })).toThrow(/CLIENT_ID/);
  });

  it("reads the provider from the environment", () => {
    const env = { VERTELPUNT_OIDC_ISSUER: "https://login.example.nl/realms/gemeente/", VERTELPUNT_OIDC_CLIENT_ID: "vp", VERTELPUNT_OIDC_CLIENT_SECRET: "s", VERTELPUNT_OIDC_NAME: "Gemeente-account" };
    expect(ssoFromEnv(env)).toEqual({ issuer: "https://login.example.nl/realms/gemeente", clientId: "vp", clientSecret: "s", name: "Gemeente-account" });
  });

  it("tells an unknown member from other failures in better-auth's error redirect", () => {
    expect(ssoRefusal("http://localhost:3000/stories")).toBeUndefined();
    expect(ssoRefusal("http://localhost:3000/login?error=signup_disabled")).toBe("unknownMember");
    expect(ssoRefusal("http://localhost:3000/login?error=state_mismatch")).toBe("failed");
    expect(ssoRefusal(null)).toBe("failed");
  });
});
