import { describe, expect, it } from "vitest";
import { detectLanguage, searchConfigFor } from "./language.ts";

describe("detectLanguage", () => {
  it("tells Dutch from English by their function words", () => {
    expect(detectLanguage("Ik ging met de inwoner naar het loket en we hebben het samen opgelost.")).toBe("nl");
    expect(detectLanguage("I went to the office with the client and we sorted it out together.")).toBe("en");
    // A Dutch story that borrows English words is still Dutch.
    expect(detectLanguage("De meeting met de case manager was een eye-opener voor mij.")).toBe("nl");
  });

  it("falls back to the framework's language when the text gives no sign", () => {
    expect(detectLanguage("", "en")).toBe("en");
    expect(detectLanguage("Schuldhulpverlening. Bewindvoering!", "nl")).toBe("nl");
    expect(detectLanguage("12345 ???", "en")).toBe("en");
  });
});

describe("searchConfigFor", () => {
  it("uses PostgreSQL's stemming configuration of the language, and 'simple' for others", () => {
    expect(searchConfigFor("nl")).toBe("dutch");
    expect(searchConfigFor("en")).toBe("english");
    expect(searchConfigFor("tr")).toBe("simple");
  });
});
