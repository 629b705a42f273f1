import { describe, expect, it } from "vitest";
import { base32Decode, totp } from "./totp.ts";

// RFC 6238 Appendix B, SHA1 rows: key "12345678901234567890", 8 digits.
const rfcKey = Buffer.from("12345678901234567890", "ascii");
const rfcVectors: [number, string][] = [
  [59, "94287082"], [1111111109, "07081804"], [1111111111, "14050471"],
  [1234567890, "89005924"], [2000000000, "69279037"], [20000000000, "65353130"],
];

describe("TOTP test helper", () => {
  it.each(rfcVectors)("matches RFC 6238 at T=%i", (seconds, code) => {
    expect(totp(rfcKey, seconds * 1000, 8)).toBe(code);
  });

  it("gives the last six digits for six-digit codes", () => {
    expect(totp(rfcKey, 59_000)).toBe("287082");
  });

  it("decodes base32 (RFC 4648 test vector)", () => {
    expect(base32Decode("MZXW6YTBOI======").toString()).toBe("foobar");
  });
});
