import { describe, expect, it } from "vitest";
import { isValidBsn, isValidIban } from "./checksums.ts";

describe("isValidBsn (11-proef)", () => {
  it("accepts published valid examples, with or without separators", () => {
    for (const bsn of ["111222333", "123456782", "1234.56.782", "123 456 782", "314159265", "12345672"]) {
      expect(isValidBsn(bsn), bsn).toBe(true);
    }
  });

  it("rejects numbers that fail the check, have the wrong length or are all zeros", () => {
    for (const bsn of ["123456789", "111222334", "246813570", "000000000", "1112223330", "1234567", "11122233a"]) {
      expect(isValidBsn(bsn), bsn).toBe(false);
    }
  });
});

describe("isValidIban (mod-97)", () => {
  it("accepts the standard examples of several countries, in print or electronic form", () => {
    for (const iban of [
      "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "GB82WEST12345698765432",
      "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "BE68539007547034", "FR1420041010050500013M02606",
    ]) {
      expect(isValidIban(iban), iban).toBe(true);
    }
  });

  it("rejects a wrong check digit, a wrong length, an unknown country and non-IBAN text", () => {
    for (const iban of [
      "NL91ABNA0417164301", "NL92ABNA0417164300", "GB82WEST1234569876543", "NL91ABNA04171643001", "XX91ABNA0417164300",
      "NL91", "", "hello world",
    ]) {
      expect(isValidIban(iban), iban).toBe(false);
    }
  });
});
