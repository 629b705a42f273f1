import { describe, expect, it } from "vitest";
import type { FrameworkDefinition } from "../framework.ts";
import { sociaalDomeinKlantmanagers } from "../templates/sociaal-domein-klantmanagers.ts";
import { redactFrameworkTexts } from "./framework-texts.ts";

const template = sociaalDomeinKlantmanagers as FrameworkDefinition;

describe("redacting a framework's texts", () => {
  it("leaves a framework without personal data exactly as it was", () => {
    const { definition, changes } = redactFrameworkTexts(template);
    expect(changes).toEqual([]);
    expect(definition).toEqual(template);
  });

  it("removes personal data from the source, a translation and an easy version, each in its language, and names each change", () => {
    const withData: FrameworkDefinition = {
      ...template,
      prompts: [{ ...template.prompts[0]!, text: "Vertel over je gesprek. Vragen? Bel Petra de Vries op 06-12345678." }, ...template.prompts.slice(1)],
      translations: { en: { "prompt.verschil.text": "Tell us about it. Questions? Mail petra@example.nl. So can I. So he said." } },
      easyLanguage: { nl: { name: "Vertel het aan Petra, 0612345678" } },
    };
    const { definition, changes } = redactFrameworkTexts(withData);
    expect(changes.map((c) => [c.variant, c.language, c.key])).toEqual([
      ["source", "nl", "prompt.verschil.text"], ["translation", "en", "prompt.verschil.text"], ["easy", "nl", "name"],
    ]);
    expect(definition.prompts[0]!.text).not.toMatch(/06-12345678|Petra/);
    expect(definition.prompts[0]!.text).toMatch(/^Vertel over je gesprek\. Vragen\? Bel /);
    // A capital after a full stop in English is no name.
    expect(definition.translations!.en!["prompt.verschil.text"]).toMatch(/^Tell us about it\. Questions\? Mail \S+\. So can I\. So he said\.$/);
    expect(definition.translations!.en!["prompt.verschil.text"]).not.toContain("petra@example.nl");
    expect(definition.easyLanguage!.nl!.name).not.toContain("0612345678");
    // Ids and everything but the texts stay.
    expect(definition.signifiers).toEqual(template.signifiers);
    expect(definition.prompts.map((p) => p.id)).toEqual(template.prompts.map((p) => p.id));
  });
});
