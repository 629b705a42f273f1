import { describe, expect, it } from "vitest";
import { activeFilters, binConditions, choiceConditions, type DashboardFilter, type DashboardScope, noFilter, patternQuery, scopePath, selectionStoriesQuery, tagList } from "./filters.ts";

const filter: DashboardFilter = { ...noFilter, teamId: "t1", channel: "kiosk", choices: { situatie: "werk", aanpak: "" } };
const params = (query: string) => new URLSearchParams(query.slice(1));
const c1: DashboardScope = { kind: "collection", id: "c1" };

describe("dashboard queries", () => {
  it("asks the pattern API with its own parameter names and only the choices that are set", () => {
    const q = params(patternQuery(filter, { signifierId: "regie" }));
    expect(q.get("signifierId")).toBe("regie");
    expect(q.get("teamIds")).toBe("t1");
    expect(q.get("channels")).toBe("kiosk");
    expect(JSON.parse(q.get("answers")!)).toEqual([{ signifierId: "situatie", options: ["werk"] }]);
    expect(patternQuery(noFilter)).toBe("");
  });

  it("asks for stories with colleagues' tags: none, one, or several trimmed", () => {
    expect(params(patternQuery(noFilter)).has("tags")).toBe(false);
    expect(params(patternQuery({ ...noFilter, tags: " , " })).has("tags")).toBe(false);
    expect(params(patternQuery({ ...noFilter, tags: "vertrouwen" })).get("tags")).toBe("vertrouwen");
    expect(params(patternQuery({ ...filter, tags: " vertrouwen ,eigen regie,  , vertrouwen " })).get("tags")).toBe("vertrouwen,eigen regie");
    expect(tagList(" eigen regie , netwerk")).toEqual(["eigen regie", "netwerk"]);
  });

  it("lists a selection's stories under the same filter plus the selection", () => {
    const selection = { key: "k", label: "Werk", count: 3, conditions: choiceConditions("uitkomst", "opgelost") };
    const q = params(selectionStoriesQuery(c1, filter, selection));
    expect(q.get("collectionId")).toBe("c1");
    expect(q.get("teamId")).toBe("t1");
    expect(JSON.parse(q.get("answers")!)).toEqual([{ signifierId: "situatie", options: ["werk"] }, { signifierId: "uitkomst", options: ["opgelost"] }]);
  });

  it("lists a selection's stories within a listening round's period, as the pattern routes narrow it", () => {
    const round = { id: "r1", startsAt: "2026-01-01T00:00:00.000Z", endsAt: "2026-04-01T00:00:00.000Z" };
    const selection = { key: "k", label: "Werk", count: 3, conditions: choiceConditions("situatie", "werk") };
    expect(params(patternQuery({ ...noFilter, roundId: "r1" })).get("roundId")).toBe("r1");
    const within = params(selectionStoriesQuery(c1, { ...noFilter, roundId: "r1" }, selection, round));
    expect(within.get("from")).toBe(round.startsAt);
    expect(within.get("to")).toBe("2026-03-31T23:59:59.999Z");
    const narrower = params(selectionStoriesQuery(c1, { ...noFilter, roundId: "r1", from: "2026-02-10" }, selection, round));
    expect(Date.parse(narrower.get("from")!)).toBeGreaterThan(Date.parse(round.startsAt));
    expect(narrower.get("to")).toBe("2026-03-31T23:59:59.999Z");
  });

  it("keeps a histogram bin half-open except the last, as the API bins", () => {
    const [inner] = binConditions("regie", 0.45, 0.5, false) as unknown as [{ max: number }];
    expect(inner.max).toBeLessThan(0.5);
    expect(inner.max).toBeGreaterThan(0.4999);
    expect(binConditions("regie", 0.95, 1, true)).toEqual([{ signifierId: "regie", min: 0.95, max: 1 }]);
  });

  it("turns a period of days into the start of the first and the end of the last day", () => {
    const q = params(patternQuery({ ...noFilter, from: "2026-03-01", to: "2026-03-31" }));
    expect(new Date(q.get("from")!).getDate()).toBe(1);
    expect(new Date(q.get("to")!).getHours()).toBe(23);
  });

  it("looks at every collection of a framework, narrowed to an audience, with the same filter in the story list", () => {
    const across: DashboardScope = { kind: "framework", id: "f1" };
    expect(scopePath(across)).toBe("/frameworks/f1");
    expect(scopePath(c1)).toBe("/collections/c1");
    const clients = { ...filter, audience: "clients" };
    expect(params(patternQuery(clients)).get("audience")).toBe("clients");
    expect(params(patternQuery(filter)).has("audience")).toBe(false);
    const selection = { key: "k", label: "Werk", count: 3, conditions: choiceConditions("uitkomst", "opgelost") };
    const q = params(selectionStoriesQuery(across, clients, selection));
    expect(q.get("frameworkId")).toBe("f1");
    expect(q.has("collectionId")).toBe(false);
    expect(q.get("audience")).toBe("clients");
  });
});

describe("the filters in use", () => {
  it("counts each field set and each chosen answer once", () => {
    expect(activeFilters(noFilter)).toBe(0);
    expect(activeFilters({ ...noFilter, from: "2025-01-01", tags: "  ", choices: { situatie: "werk", aanpak: "" } })).toBe(2);
    expect(activeFilters({ ...noFilter, teamId: "t", channel: "web", roundId: "r", audience: "clients", tags: "x" })).toBe(5);
  });
});
