import { describe, expect, it } from "vitest";
import { tellerRole } from "./teller.ts";

describe("tellerRole", () => {
  it("names the teller by how the story came in", () => {
    expect(tellerRole({ channel: "interview", tellerUserId: "u" })).toBe("client");
    expect(tellerRole({ channel: "web", tellerUserId: "u" })).toBe("professional");
    expect(tellerRole({ channel: "web", tellerUserId: null })).toBe("resident");
    expect(tellerRole({ channel: "kiosk", tellerUserId: null })).toBe("resident");
    expect(tellerRole({ channel: "import", tellerUserId: "u" })).toBe("unknown");
  });
});
