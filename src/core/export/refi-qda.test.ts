import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { refiQdaSchemaErrors } from "../../testing/refi-qda/validate.ts";
import { guidOf, refiQdaProject } from "./refi-qda.ts";

const anna = "0b1c2d3e-4f50-4a1b-8c2d-3e4f5a6b7c8d";
const story = { id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", title: "Hulp 🏠 thuis", text: "Eerst 🏠 thuis. Samen maakten we een plan & dat hielp.", createdAt: new Date("2026-01-02T03:04:05Z") };
const untitled = { id: "f0e1d2c3-b4a5-4968-8776-655443322110", title: null, text: "Niemand belde terug.", createdAt: new Date("2026-01-03T00:00:00Z") };
const quote = "Samen maakten we een plan";
const start = story.text.indexOf(quote);

const project = refiQdaProject({
  name: "Wijkteam <Noord>",
  createdAt: new Date("2026-02-01T10:00:00Z"),
  stories: [story, untitled],
  readings: [{
    storyId: story.id, interpreterUserId: anna, tags: ["regie", "buurt"], createdAt: new Date("2026-01-05T00:00:00Z"),
    annotations: [
      { start, end: start + quote.length, quote, code: "samen plannen", comment: "Mooi moment" },
      { start: 0, end: 5, quote: "Eerst" }, // no code, no comment: nothing to exchange
    ],
  }],
  variables: { names: ["Hoe voelde je je?", "Regie (1–10)"], values: (id) => (id === story.id ? ["Goed", 7] : [null, 3]) },
  untitled: (n) => `Verhaal ${n}`,
});
const files = unzipSync(project);
const qde = strFromU8(files["project.qde"]!);

describe("a REFI-QDA project", () => {
  it("is valid against the REFI-QDA Project schema", () => {
    expect(refiQdaSchemaErrors(qde)).toBe("");
    // The check can fail: a code without isCodable is not a REFI-QDA code.
    expect(refiQdaSchemaErrors(qde.replace(' isCodable="true"', ""))).toMatch(/isCodable/);
  });

  it("holds every story as a plain-text source in sources/", () => {
    expect(Object.keys(files).sort()).toEqual(["project.qde", `sources/${story.id}.txt`, `sources/${untitled.id}.txt`].sort());
    expect(strFromU8(files[`sources/${story.id}.txt`]!)).toBe(story.text);
    expect(qde).toContain(`<TextSource guid="${story.id}" name="Hulp 🏠 thuis" plainTextPath="internal://${story.id}.txt"`);
    expect(qde).toContain(`name="Verhaal 2" plainTextPath="internal://${untitled.id}.txt"`);
    expect(qde).toContain('name="Wijkteam &lt;Noord&gt;"');
  });

  it("codes tags on the whole source and annotation codes on the passage, counted in characters", () => {
    expect(qde.match(/<Code guid/g)).toHaveLength(3);
    for (const name of ["regie", "buurt", "samen plannen"]) expect(qde).toContain(`<Code guid="${guidOf(`code:${name}`)}" name="${name}" isCodable="true"/>`);
    // The house is two UTF-16 units but one character: REFI's position is one less than JavaScript's.
    expect(qde).toContain(`startPosition="${start - 1}" endPosition="${start - 1 + quote.length}"`);
    expect(qde).toContain("<Description>Mooi moment</Description>");
    expect(qde.match(/<PlainTextSelection /g)).toHaveLength(1);
    expect(qde.match(/<Coding /g)).toHaveLength(3);
  });

  it("makes each story a case with its answers as variables", () => {
    expect(qde).toContain('typeOfVariable="Text"');
    expect(qde).toContain(`<Variable guid="${guidOf("variable:Regie (1–10)")}" name="Regie (1–10)" typeOfVariable="Float"/>`);
    expect(qde).toContain("<TextValue>Goed</TextValue>");
    expect(qde).toContain("<FloatValue>3</FloatValue>");
    expect(qde.match(/<Case /g)).toHaveLength(2);
  });

  it("redacts what colleagues wrote", () => {
    const named = refiQdaProject({
      name: "x", createdAt: new Date(), stories: [untitled], variables: { names: [], values: () => [] }, untitled: (n) => `Verhaal ${n}`,
      readings: [{ storyId: untitled.id, interpreterUserId: anna, tags: [], createdAt: new Date(), annotations: [{ start: 0, end: 8, quote: "Niemand", comment: "Bel Jan de Vries op 06-12345678" }] }],
    });
    const xml = strFromU8(unzipSync(named)["project.qde"]!);
    expect(xml).not.toContain("06-12345678");
    expect(refiQdaSchemaErrors(xml)).toBe("");
  });
});
