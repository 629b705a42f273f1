import { describe, expect, it } from "vitest";
import { frameworkDefinition } from "../framework.ts";
import { buildCatalog } from "./catalog.ts";
import { patternFilter, PatternQueryError, resolveFilter } from "./filter.ts";
import { syntheticFramework } from "./synthetic.ts";

const catalog = buildCatalog([frameworkDefinition.parse(syntheticFramework)]);

describe("patternFilter", () => {
  it("accepts what a query string maps to, and nothing else", () => {
    const filter = {
      from: "2025-01-01T00:00:00+01:00", to: "2025-07-01T00:00:00Z", teams: ["t"], channels: ["web"],
      answers: [{ signifierId: "situatie", options: ["schulden"] }, { signifierId: "regie", min: 0.2 }, { signifierId: "hulp", corner: 2, max: 0.5 }],
    };
    expect(patternFilter.parse(filter)).toEqual(filter);
    expect(() => patternFilter.parse({ consent: false })).toThrow();
    expect(() => patternFilter.parse({ from: "yesterday" })).toThrow();
  });
});

describe("resolveFilter", () => {
  it("turns times into milliseconds and option ids into codes", () => {
    const r = resolveFilter(catalog, { from: "2025-01-01T00:00:00+01:00", answers: [{ signifierId: "aanpak", options: ["coach", "huisbezoek"] }] });
    expect(r.fromMs).toBe(Date.UTC(2024, 11, 31, 23));
    expect(r.toMs).toBe(Number.POSITIVE_INFINITY);
    expect(r.conditions[0]).toMatchObject({ kind: "options", codes: [7, 0] });
  });

  it("names what is wrong with a condition", () => {
    const code = (answers: object[]) => {
      try {
        resolveFilter(catalog, { answers } as never);
      } catch (error) {
        return (error as PatternQueryError).code;
      }
    };
    expect(code([{ signifierId: "nope", options: ["a"] }])).toBe("unknownSignifier");
    expect(code([{ signifierId: "situatie", options: ["maan"] }])).toBe("unknownOption");
    expect(code([{ signifierId: "regie", options: ["a"] }])).toBe("wrongCondition");
    expect(code([{ signifierId: "hulp", min: 0.2 }])).toBe("wrongCondition");
    expect(code([{ signifierId: "situatie", min: 1 }])).toBe("wrongCondition");
  });
});
