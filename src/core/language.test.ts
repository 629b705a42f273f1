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
    expect(searchConfigFor("xx")).toBe("simple");
  });
});

describe("more languages", () => {
  it("knows a language by its script, and Latin-script languages by their function words", () => {
    expect(detectLanguage("انتظرت طويلا في المكتب ولكن الموظفة ساعدتني في النهاية")).toBe("ar");
    expect(detectLanguage("ኣብ ቤት ጽሕፈት ነዊሕ ተጸቢየ")).toBe("ti");
    expect(detectLanguage("Я довго чекала, але працівниця мені допомогла")).toBe("uk");
    expect(detectLanguage("Ich habe lange gewartet, aber sie hat mir sehr geholfen und es ist gut.")).toBe("de");
    expect(detectLanguage("J'ai attendu longtemps mais elle m'a aidé avec les papiers et je suis content.")).toBe("fr");
    expect(detectLanguage("Çok uzun bekledim ama bana yardım etti ve şimdi daha iyi.")).toBe("tr");
    expect(detectLanguage("Długo czekałam, ale ona mi pomogła i to jest dobre.")).toBe("pl");
  });

  it("keeps Dutch stories Dutch, with German- or French-looking words in them", () => {
    expect(detectLanguage("Ik had een gesprek met de klant en die was niet blij, maar we hebben het samen opgelost.")).toBe("nl");
  });

  it("stems where both PostgreSQL 15 and PGlite have a stemmer, and searches whole words otherwise", () => {
    expect(searchConfigFor("tr")).toBe("turkish");
    expect(searchConfigFor("ar")).toBe("arabic");
    expect(searchConfigFor("de")).toBe("german");
    expect(searchConfigFor("pl")).toBe("simple");
    expect(searchConfigFor("uk")).toBe("simple");
    expect(searchConfigFor("ti")).toBe("simple");
  });
});
