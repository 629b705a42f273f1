import { describe, expect, it } from "vitest";
import { canonicalJson, generateSigningKeys, signDocument, verifyDocument } from "./signed-document.ts";

const contribution = {
  kind: "aggregates",
  month: "2026-11",
  version: 1,
  histograms: [{ key: "situatie", counts: [412, null, 37] }],
  epsilon: { numerator: 1, denominator: 2 },
};

describe("signed contributions", () => {
  const keys = generateSigningKeys();

  it("writes the same canonical JSON whatever the key order (RFC 8785 examples for these values)", () => {
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: "é\n" })).toBe('{"a":"é\\n","b":[1,{"c":null,"d":true}]}');
    expect(canonicalJson({ numbers: [1e21, 0.1, -0, 333333333.3333333] })).toBe('{"numbers":[1e+21,0.1,0,333333333.3333333]}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
  });

  it("verifies an untouched document, also with its keys in another order", () => {
    const signed = signDocument(contribution, keys.privateKey);
    expect(verifyDocument(signed, keys.publicKey)).toBe(true);
    const reordered = { epsilon: contribution.epsilon, version: 1, histograms: contribution.histograms, month: "2026-11", kind: "aggregates" };
    expect(verifyDocument({ document: reordered, signature: signed.signature }, keys.publicKey)).toBe(true);
  });

  it("refuses a changed count, another organization's key, and a broken signature", () => {
    const signed = signDocument(contribution, keys.privateKey);
    const changed = { ...contribution, histograms: [{ key: "situatie", counts: [413, null, 37] }] };
    expect(verifyDocument({ document: changed, signature: signed.signature }, keys.publicKey)).toBe(false);
    expect(verifyDocument(signed, generateSigningKeys().publicKey)).toBe(false);
    expect(verifyDocument({ ...signed, signature: "AAAA" }, keys.publicKey)).toBe(false);
    expect(verifyDocument(signed, "not a key")).toBe(false);
  });
});
