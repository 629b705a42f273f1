import { describe, expect, it } from "vitest";
import { endsInPunctuation, withColon, withFullStop } from "./punctuation.ts";

describe("joining a label to what follows", () => {
  it("adds a colon or full stop only where the label has no punctuation of its own", () => {
    expect(withColon("Titel van je verhaal")).toBe("Titel van je verhaal:");
    expect(withColon("Wat hielp in dit verhaal het meest?")).toBe("Wat hielp in dit verhaal het meest?");
    expect(withColon("Kenmerk:")).toBe("Kenmerk:");
    expect(withColon("Zet ‘de inwoner’ neer.")).toBe("Zet ‘de inwoner’ neer.");
    expect(withFullStop("Wie had de regie?")).toBe("Wie had de regie?");
    expect(withFullStop("Wat hielp ")).toBe("Wat hielp.");
    expect(endsInPunctuation("Hoe liep het af?”")).toBe(true);
    expect(endsInPunctuation("Wonen")).toBe(false);
  });
});
