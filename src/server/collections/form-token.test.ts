import { describe, expect, it } from "vitest";
import { FORM_TOKEN_VALID_MS } from "../../contract/collections.ts";
import { assertMayTell, formTokenIssuedAt, issueFormToken } from "./form-token.ts";
import type { CollectionRow } from "./repository.ts";

const SECRET = "test-secret-test-secret-test-secret";
const ID = "7b0c4d4e-1111-4222-8333-444455556666";
const at = (iso: string) => new Date(iso);
const collection = (closesAt: string | null, opensAt: string | null = null) =>
  ({ id: ID, opensAt: opensAt ? at(opensAt) : null, closesAt: closesAt ? at(closesAt) : null }) as CollectionRow;

describe("form tokens", () => {
  it("give back their issue time for the collection they were issued for", () => {
    const token = issueFormToken(SECRET, ID, at("2026-03-01T10:00:00Z"));
    expect(formTokenIssuedAt(SECRET, token, ID, at("2026-03-02T10:00:00Z"))).toEqual(at("2026-03-01T10:00:00Z"));
    expect(formTokenIssuedAt(SECRET, token, "another-collection", at("2026-03-02T10:00:00Z"))).toBeUndefined();
  });

  it("are refused when forged, moved in time, signed with another secret or expired", () => {
    const issued = at("2026-03-01T10:00:00Z");
    const token = issueFormToken(SECRET, ID, issued);
    const [id, time, mac] = token.split(".") as [string, string, string];
    const later = (issued.getTime() + 86_400_000).toString(36);
    const now = at("2026-03-02T10:00:00Z");
    expect(formTokenIssuedAt(SECRET, `${id}.${later}.${mac}`, ID, now)).toBeUndefined();
    expect(formTokenIssuedAt(SECRET, issueFormToken("another-secret", ID, issued), ID, now)).toBeUndefined();
    expect(formTokenIssuedAt(SECRET, `${id}.${time}`, ID, now)).toBeUndefined();
    expect(formTokenIssuedAt(SECRET, "", ID, now)).toBeUndefined();
    expect(formTokenIssuedAt(SECRET, token, ID, new Date(issued.getTime() + FORM_TOKEN_VALID_MS + 1))).toBeUndefined();
    expect(formTokenIssuedAt(SECRET, token, ID, new Date(issued.getTime() + FORM_TOKEN_VALID_MS))).toEqual(issued);
  });
});

describe("telling after a collection closed", () => {
  const closed = collection("2026-03-01T12:00:00Z");
  const now = at("2026-03-03T09:00:00Z");
  const openedAt = at("2026-03-01T09:00:00Z");
  const formToken = issueFormToken(SECRET, ID, openedAt);
  const refused = (fn: () => void) => expect(fn).toThrow(expect.objectContaining({ status: 409 }));

  it("takes a story told before closing in a form opened while open", () => {
    expect(() => assertMayTell(closed, { secret: SECRET, formToken, toldAt: "2026-03-01T11:59:00Z", now })).not.toThrow();
  });

  it("refuses one without token or time, told after closing, or before the form was opened", () => {
    refused(() => assertMayTell(closed, { secret: SECRET, toldAt: "2026-03-01T11:59:00Z", now }));
    refused(() => assertMayTell(closed, { secret: SECRET, formToken, now }));
    refused(() => assertMayTell(closed, { secret: SECRET, formToken, toldAt: "2026-03-01T12:00:00Z", now }));
    refused(() => assertMayTell(closed, { secret: SECRET, formToken, toldAt: "2026-02-01T12:00:00Z", now }));
  });

  it("refuses a token issued after closing or before opening", () => {
    const afterClose = issueFormToken(SECRET, ID, at("2026-03-01T13:00:00Z"));
    refused(() => assertMayTell(closed, { secret: SECRET, formToken: afterClose, toldAt: "2026-03-01T11:59:00Z", now }));
    const round = collection("2026-03-01T12:00:00Z", "2026-03-01T10:00:00Z");
    refused(() => assertMayTell(round, { secret: SECRET, formToken, toldAt: "2026-03-01T11:00:00Z", now }));
  });

  it("leaves an open collection open and a collection not yet open shut, token or not", () => {
    expect(() => assertMayTell(collection(null), { secret: SECRET, now })).not.toThrow();
    refused(() => assertMayTell(collection(null, "2026-04-01T00:00:00Z"), { secret: SECRET, formToken, toldAt: "2026-03-01T11:00:00Z", now }));
  });
});
