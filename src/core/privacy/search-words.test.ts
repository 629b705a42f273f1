import { describe, expect, it } from "vitest";
import { withoutPersonalData } from "./index.ts";

describe("withoutPersonalData", () => {
  it("leaves names, numbers and addresses out of search words and keeps the rest, search syntax included", () => {
    expect(withoutPersonalData("schulden Jan de Vries 06-12345678 -huisbezoek")).toBe("schulden -huisbezoek");
    expect(withoutPersonalData("\"huisbezoek samen\" jan@example.nl")).toBe("\"huisbezoek samen\"");
    expect(withoutPersonalData("bewindvoerder OR deurwaarder")).toBe("bewindvoerder OR deurwaarder");
  });
});
