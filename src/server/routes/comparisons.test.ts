// Periods, rounds and trends over the API, and small-cell suppression for colleagues on every
// aggregate endpoint (analysts see the counts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cohort, Comparison, Crosstab, Discoveries, Distribution, Trend, WhatWorks } from "../../contract/patterns.ts";
import { json, makeCollection, makeOrganization, type Organization } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let app: TestApp;
let org: Organization;
let collection: { id: string; slug: string };

const day = (month: number, d: number) => new Date(Date.UTC(2025, month, d, 10)).toISOString();
const extra = (i: number) => ({ aanpak: i % 3 ? "bezoek" : "bellen", tags: i % 4 ? ["a"] : ["a", "b"], gevoel: { inwoner: [0.1 * (i % 10), 0.5] } });
// Period A (January–March 2025): the client has little say (regie low), almost all about debts,
// two about work. Period B (April–June): regie high, half about work, and the stone (gevoel)
// placed higher up and further right.
function stories(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(JSON.stringify({ text: `A ${i}`, consent: { research: true }, toldAt: day(i % 3, 1 + (i % 27)),
      answers: { situatie: i < 38 ? "schulden" : "werk", regie: 0.1 + (i % 5) * 0.05, cijfer: 2 + (i % 2), hulp: [0.6, 0.2, 0.2], ...extra(i) } }));
    lines.push(JSON.stringify({ text: `B ${i}`, consent: { research: true }, toldAt: day(3 + (i % 3), 1 + (i % 27)),
      answers: { situatie: i % 2 ? "werk" : "schulden", regie: 0.6 + (i % 5) * 0.05, cijfer: 4 + (i % 2), hulp: [0.2, 0.2, 0.6], ...extra(i + 1),
        gevoel: { inwoner: [0.4 + 0.05 * (i % 10), 0.6 + 0.05 * (i % 4)] } } }));
  }
  return lines;
}

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  collection = (await makeCollection(app, org.adminToken)).collection;
  const imported = await json(app.request(`/api/v1/collections/${collection.id}/story-imports`, {
    method: "POST", token: org.adminToken, headers: { "content-type": "application/x-ndjson" }, body: stories().join("\n"),
  }));
  expect(imported.imported).toBe(80);
});
afterAll(() => app.close());

const get = (path: string, token = org.tokens.analyst) => app.request(`/api/v1/collections/${collection.id}/${path}`, { token });
const A = encodeURIComponent("2025-01-01T00:00:00Z/2025-04-01T00:00:00Z");
const B = encodeURIComponent("2025-04-01T00:00:00Z/");
const shift = (body: { shifts: { signifierId: string }[] }, id: string) => body.shifts.find((s) => s.signifierId === id) as Record<string, any>;
const werkOnly = `answers=${encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["werk"] }]))}`;

describe("comparisons", () => {
  it("compares two periods per signifier with the fitting test and effect size", async () => {
    const body = await json(get(`comparisons?a=${A}&b=${B}`));
    expect(body.a).toEqual({ from: "2025-01-01T00:00:00Z", to: "2025-04-01T00:00:00Z", roundId: null });
    const regie = shift(body, "regie");
    // Every B answer (0.6–0.8) lies above every A answer (0.1–0.3): U = 40 · 40, r = 1.
    expect(regie).toMatchObject({ type: "dyad", method: "mannWhitney", nA: 40, nB: 40, statistic: 1600, effect: { measure: "rankBiserial", value: 1 } });
    expect(regie.qValue).toBeLessThan(0.001);
    const situatie = shift(body, "situatie");
    expect(situatie.method).toBe("chiSquare");
    expect(situatie.options.find((o: { id: string }) => o.id === "werk")).toMatchObject({ shareA: 0.05, shareB: 0.5 });
    expect(shift(body, "hulp")).toMatchObject({ type: "triad", method: "hotellingIlr", nA: 40, nB: 40 });
    expect(shift(body, "hulp").meanDifference[2]).toBeCloseTo(0.4, 12);
    // Stones: one Hotelling's T² per item. A: x 0 … 0.9 (mean 0.45), y 0.5; B: x 0.4 … 0.85, y 0.6 … 0.75.
    const gevoel = shift(body, "gevoel");
    expect(gevoel).toMatchObject({ type: "stones", method: "hotellingPerItem", statistic: null, nA: 40, nB: 40, effect: { measure: "largestMeanShift" } });
    const inwoner = gevoel.items[0];
    expect(inwoner).toMatchObject({ id: "inwoner", nA: 40, nB: 40 });
    expect(inwoner.meanA[0]).toBeCloseTo(0.45, 6);
    expect(inwoner.meanB[1]).toBeCloseTo(0.675, 6);
    expect(inwoner.shift.dy).toBeCloseTo(0.175, 6);
    expect(inwoner.pValue).toBeLessThan(0.001);
    // One item: Bonferroni with m = 1 leaves its p-value as it is.
    expect(gevoel.pValue).toBe(inwoner.pValue);
    expect(gevoel.effect.value).toBeCloseTo(inwoner.shift.length, 12);
  });

  it("compares before and after the date of a measure, and listening rounds by id", async () => {
    const measure = await json(get("comparisons?measureAt=2025-04-01T00:00:00Z"));
    expect(shift(measure, "regie")).toMatchObject({ nA: 40, nB: 40, statistic: 1600 });
    const round = async (name: string, startsAt: string, endsAt: string) =>
      (await json(app.request(`/api/v1/collections/${collection.id}/listening-rounds`, { method: "POST", token: org.adminToken, json: { name, startsAt, endsAt } }))).id;
    const q1 = await round("Q1", "2025-01-01T00:00:00Z", "2025-04-01T00:00:00Z");
    const q2 = await round("Q2", "2025-04-01T00:00:00Z", "2025-07-01T00:00:00Z");
    const byRound = await json(get(`comparisons?a=${q1}&b=${q2}`));
    expect(byRound.b).toEqual({ from: "2025-04-01T00:00:00.000Z", to: "2025-07-01T00:00:00.000Z", roundId: q2 });
    expect(shift(byRound, "regie")).toMatchObject({ nA: 40, nB: 40, statistic: 1600 });
    // Every aggregate takes a round as its period: the stories told in it.
    const q1Situations = await json(get(`distributions?signifierId=situatie&roundId=${q1}`));
    expect(q1Situations.options.map((o: { count: number }) => o.count)).toEqual([38, 2]);
    const q2Trend = await json(get(`trends?interval=month&roundId=${q2}&from=2025-05-01T00:00:00Z`));
    expect(q2Trend.buckets.map((b: { start: string; n: number }) => [b.start.slice(0, 7), b.n])).toEqual([["2025-05", 13], ["2025-06", 13]]);
    expect((await get("distributions?signifierId=situatie&roundId=00000000-0000-4000-8000-000000000000")).status).toBe(400);
  });

  it("answers 400 for a period it cannot read and an unknown round", async () => {
    for (const query of ["a=gisteren&b=vandaag", `a=${A}`, `a=${A}&b=00000000-0000-4000-8000-000000000000`]) {
      const res = await get(`comparisons?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});

describe("trends", () => {
  it("counts stories and averages answers per month", async () => {
    const body = await json(get("trends?interval=month&signifier=regie"));
    expect(body.buckets.map((b: { start: string; n: number }) => [b.start.slice(0, 7), b.n])).toEqual([
      ["2025-01", 14], ["2025-02", 13], ["2025-03", 13], ["2025-04", 14], ["2025-05", 13], ["2025-06", 13],
    ]);
    expect(body.buckets[0].mean).toBeLessThan(0.31);
    expect(body.buckets[5].mean).toBeGreaterThan(0.59);
    const weeks = await json(get("trends?interval=week"));
    expect(weeks.buckets.reduce((s: number, b: { n: number }) => s + b.n, 0)).toBe(80);
    expect(new Date(weeks.buckets[0].start).getUTCDay()).toBe(1);
  });
});

describe("small-cell suppression (k = 5)", () => {
  it("hides counts of 1 to 4 stories from a colleague on every aggregate; an analyst sees them", async () => {
    const werkA = `answers=${encodeURIComponent(JSON.stringify([{ signifierId: "situatie", options: ["werk"] }]))}&to=2025-04-01T00:00:00Z`;
    const analyst = await json(get("distributions?signifierId=situatie&to=2025-04-01T00:00:00Z"));
    expect(analyst.options.find((o: { id: string }) => o.id === "werk").count).toBe(2);
    expect(analyst.suppressed).toBeUndefined();
    const colleague = await json(get("distributions?signifierId=situatie&to=2025-04-01T00:00:00Z", org.tokens.colleague));
    expect(colleague.suppressed).toBe(true);
    // 40 − 38 would give the hidden 2 back, so 38 is hidden too (complementary suppression).
    expect(colleague.options.map((o: { id: string; count: number | null }) => [o.id, o.count])).toEqual([["schulden", null], ["werk", null]]);
    const few = await json(get(`distributions?signifierId=regie&${werkA}`, org.tokens.colleague));
    expect([few.n, few.answered, ...few.counts.filter((c: number | null) => c !== 0)]).toEqual([null, null, null, null]);
    const crosstab = await json(get("crosstabs?rowSignifierId=situatie&columnSignifierId=aanpak", org.tokens.colleague));
    expect(crosstab.suppressed).toBe(true);
    const trend = await json(get(`trends?interval=month&signifier=situatie&${werkA}`, org.tokens.colleague));
    expect(trend.buckets.map((b: { n: number | null; mean?: unknown }) => b.n)).toEqual([null, 0, null]);
    const analystTrend = await json(get(`trends?interval=month&signifier=situatie&${werkA}`));
    expect(analystTrend.buckets.map((b: { n: number }) => b.n)).toEqual([1, 0, 1]);
    const shifts = await json(get(`comparisons?a=${A}&b=${B}`, org.tokens.colleague));
    const werk = shift(shifts, "situatie").options.find((o: { id: string }) => o.id === "werk");
    expect([werk.shareA, werk.shareB]).toEqual([null, 0.5]);
    expect(shift(shifts, "regie").nA).toBe(40);
    // Two stories about work in A: their stones' mean point, shift and test are hidden from a colleague.
    const werkStones = shift(await json(get(`comparisons?a=${A}&b=${B}&${werkOnly}`, org.tokens.colleague)), "gevoel");
    expect(werkStones).toMatchObject({ nA: null, nB: 20, pValue: null, effect: { value: null } });
    expect(werkStones.items[0]).toMatchObject({ nA: null, nB: 20, meanA: null, shift: null, statistic: null, pValue: null });
    expect(werkStones.items[0].meanB).toHaveLength(2);
    expect(shift(await json(get(`comparisons?a=${A}&b=${B}&${werkOnly}`)), "gevoel").items[0].nA).toBe(2);
    const discoveries = await json(get("pattern-discoveries", org.tokens.colleague));
    expect(discoveries.suppressed).toBe(true);
    expect((await get("distributions?signifierId=situatie", org.tokens.teller)).status).toBe(403);
  });
});

describe("no colleague answer gives a small count away (k = 5)", () => {
  const countKeys = new Set(["n", "answered", "count", "counts", "cells", "stories", "nA", "nB", "clients", "rose", "fell", "same", "restN", "situationN"]);
  /** Every count-like number anywhere in the answer, with its path. */
  function counts(value: unknown, path = ""): [string, number][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => (typeof v === "number" && countKeys.has(path.split(".").at(-1) ?? "") ? [[`${path}[${i}]`, v] as [string, number]] : counts(v, `${path}[${i}]`)));
    if (value && typeof value === "object") return Object.entries(value).flatMap(([key, v]) => (typeof v === "number" && countKeys.has(key) ? [[`${path}.${key}`, v] as [string, number]] : counts(v, `${path}.${key}`)));
    return [];
  }
  const small = (v: number) => v > 0 && v < 5;

  it("shows no count of 1 … 4 in any field of any aggregate route, and no test over a table with a hidden cell", async () => {
    const paths = [
      "distributions?signifierId=situatie&to=2025-04-01T00:00:00Z", `distributions?signifierId=regie&${werkOnly}`, `distributions?signifierId=gevoel&${werkOnly}`,
      "crosstabs?rowSignifierId=situatie&columnSignifierId=aanpak", "crosstabs?rowSignifierId=situatie&columnSignifierId=tags&to=2025-04-01T00:00:00Z",
      "patterns?outcome=tags&minN=2", "patterns?outcome=cijfer&minN=2", "patterns?outcome=situatie&minN=2", "pattern-discoveries",
      `comparisons?a=${A}&b=${B}`, `comparisons?a=${A}&b=${B}&${werkOnly}`, "trends?interval=month&signifier=situatie", "cohorts?signifier=regie",
    ];
    for (const path of paths) {
      const body = await json(get(path, org.tokens.colleague));
      expect(counts(body).filter(([, v]) => small(v)), path).toEqual([]);
    }
    // Before April: 38 about debts (with "bezoek" or "bellen"), 2 about work. Shown n minus the shown cells is 0 or at least 5.
    const table = await json(get("crosstabs?rowSignifierId=situatie&columnSignifierId=aanpak&to=2025-04-01T00:00:00Z", org.tokens.colleague));
    const analyst = await json(get("crosstabs?rowSignifierId=situatie&columnSignifierId=aanpak&to=2025-04-01T00:00:00Z"));
    expect(analyst.test.n).toBe(40);
    expect(table.counts.flat()).toContain(null);
    expect(table.test).toBeUndefined();
    const shown = table.counts.flat().reduce((a: number, c: number | null) => a + (c ?? 0), 0);
    if (table.n !== null) expect(small(table.n - shown)).toBe(false);
    // Within a row, the hidden cells add up to 0 or at least 5, unless the whole row is hidden (its total is in no answer).
    for (const [i, row] of (analyst.counts as number[][]).entries()) {
      const hidden = row.reduce((a, c, j) => a + (table.counts[i][j] === null ? c : 0), 0);
      if (small(hidden)) expect(row.every((c, j) => c === 0 || table.counts[i][j] === null), `row ${i}`).toBe(true);
    }
  });
});

describe("response schemas", () => {
  // The schemas are strict objects: a field the document does not name fails as much as a missing one.
  it("every pattern answer, as analyst and as colleague, is exactly what the OpenAPI document says", async () => {
    const cases = [
      ...["situatie", "tags", "regie", "cijfer", "hulp", "gevoel"].map((id) => [Distribution, `distributions?signifierId=${id}`] as const),
      [Crosstab, "crosstabs?rowSignifierId=situatie&columnSignifierId=aanpak"], [Crosstab, "crosstabs?rowSignifierId=situatie&columnSignifierId=tags"],
      [WhatWorks, "patterns?outcome=tags&minN=2"], [WhatWorks, "patterns?outcome=cijfer&minN=2"], [WhatWorks, "patterns?outcome=hulp&minN=2"],
      [Discoveries, "pattern-discoveries"], [Comparison, `comparisons?a=${A}&b=${B}`], [Comparison, `comparisons?a=${A}&b=${B}&${werkOnly}`], [Trend, "trends?interval=week&signifier=hulp"],
      [Trend, "trends?interval=month&signifier=tags"], [Trend, "trends?interval=month"], [Cohort, "cohorts?signifier=regie"],
    ] as const;
    for (const token of [org.tokens.analyst, org.tokens.colleague]) {
      for (const [schema, path] of cases) {
        const res = await get(path, token);
        expect(res.status, path).toBe(200);
        const parsed = schema.safeParse(await res.json());
        expect(parsed.error?.issues ?? [], path).toEqual([]);
      }
    }
    for (const outcome of ["tags", "cijfer", "hulp"]) expect((await json(get(`patterns?outcome=${outcome}&minN=2`))).rows.length, outcome).toBeGreaterThan(0);
  });
});
