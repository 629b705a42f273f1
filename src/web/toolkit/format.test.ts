import { describe, expect, it } from "vitest";
import { formatMonth, numberFormatter } from "./format.ts";

describe("numberFormatter", () => {
  it("writes counts, decimals and shares as the reader's language does", () => {
    expect(numberFormatter("nl")(1250.4)).toBe("1.250");
    expect(numberFormatter("en")(1250.4)).toBe("1,250");
    expect(numberFormatter("nl", { digits: 3, fixed: true })(0.5)).toBe("0,500");
    expect(numberFormatter("nl", { digits: 1 })(2)).toBe("2");
    expect(numberFormatter("nl", { percent: true, digits: 1 })(0.034)).toBe("3,4%");
    expect(numberFormatter("en", { percent: true })(0.25)).toBe("25%");
  });
});

describe("formatMonth", () => {
  it("writes the API's month in words, in the reader's language", () => {
    expect(formatMonth("2026-10", "nl")).toBe("oktober 2026");
    expect(formatMonth("2026-01", "en")).toBe("January 2026");
  });
});
