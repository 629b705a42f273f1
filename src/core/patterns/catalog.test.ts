import { describe, expect, it } from "vitest";
import { type FrameworkInput, frameworkDefinition } from "../framework.ts";
import { buildCatalog, entryWithRole } from "./catalog.ts";

const version = (signifiers: FrameworkInput["signifiers"]) =>
  frameworkDefinition.parse({ name: "F", language: "nl", prompts: [{ id: "p", text: "Vertel" }], signifiers });

describe("buildCatalog", () => {
  it("keeps every version's options in first-seen order and widens scales", () => {
    const v1 = version([
      { id: "sit", type: "choice", question: "?", role: "situation", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
      { id: "cijfer", type: "scale", question: "?", min: 1, max: 5 },
      { id: "les", type: "text", question: "?" },
    ]);
    const v2 = version([
      { id: "sit", type: "choice", question: "?", role: "situation", options: [{ id: "c", label: "C" }, { id: "a", label: "A2" }] },
      { id: "cijfer", type: "scale", question: "?", min: 0, max: 10 },
      { id: "regie", type: "dyad", question: "?", labels: ["x", "y"] },
    ]);
    const catalog = buildCatalog([v1, v2]);
    expect(catalog.entries.map((e) => e.id)).toEqual(["sit", "cijfer", "regie"]);
    expect(catalog.byId.get("sit")).toMatchObject({ options: ["a", "b", "c"], labels: ["A2", "B", "C"] });
    expect(catalog.byId.get("cijfer")).toMatchObject({ min: 0, max: 10 });
    expect(entryWithRole(catalog, "situation")?.id).toBe("sit");
  });

  it("takes the latest kind when a signifier changed type", () => {
    const v1 = version([{ id: "x", type: "dyad", question: "?", labels: ["a", "b"] }]);
    const v2 = version([{ id: "x", type: "scale", question: "?", min: 1, max: 3 }]);
    expect(buildCatalog([v1, v2]).byId.get("x")?.type).toBe("scale");
  });
});
