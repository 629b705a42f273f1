import { describe, expect, it } from "vitest";
import { parseInviteeList, responsePerDay } from "./invitee-list.ts";

describe("parseInviteeList", () => {
  it("reads addresses with or without a client reference, skipping a header and empty lines", () => {
    const { invitees, problems } = parseInviteeList("E-mailadres;Klantnummer\nA@Example.nl;K-1\n\nb@example.nl\n\"c@example.nl\",\"K, 3\"\n");
    expect(problems).toEqual([]);
    expect(invitees).toEqual([
      { line: 2, email: "a@example.nl", clientRef: "K-1" },
      { line: 4, email: "b@example.nl" },
      { line: 5, email: "c@example.nl", clientRef: "K, 3" },
    ]);
  });

  it("names every line it cannot use, with the reason", () => {
    const { invitees, problems } = parseInviteeList("a@example.nl\ngeen adres\na@example.nl\nd@example.nl,K,extra\ne@example");
    expect(invitees.map((i) => i.email)).toEqual(["a@example.nl"]);
    expect(problems).toEqual([
      { line: 2, code: "invalidEmail" },
      { line: 3, code: "duplicateEmail" },
      { line: 4, code: "tooManyColumns" },
      { line: 5, code: "invalidEmail" },
    ]);
  });
});

describe("responsePerDay", () => {
  it("counts per UTC day, with the days between at zero", () => {
    const at = (s: string) => new Date(s);
    expect(responsePerDay([
      { kind: "invited", at: at("2026-03-01T23:30:00Z") },
      { kind: "invited", at: at("2026-03-01T08:00:00Z") },
      { kind: "told", at: at("2026-03-03T00:10:00Z") },
      { kind: "opened", at: at("2026-03-03T00:05:00Z") },
    ])).toEqual([
      { date: "2026-03-01", invited: 2, opened: 0, told: 0 },
      { date: "2026-03-02", invited: 0, opened: 0, told: 0 },
      { date: "2026-03-03", invited: 0, opened: 1, told: 1 },
    ]);
    expect(responsePerDay([])).toEqual([]);
  });
});
