// The resource rules of the policy table: role first, then the rule on the one resource, each
// refusal a 403 with its own detail. (Which route applies which rule: routes/policy-matrix.test.ts.)
import { describe, expect, it } from "vitest";
import { authorizeOn, type Caller, type Role } from "./policy.ts";
import { Problem } from "./problem.ts";

const caller = (role: Role, userId = `${role}-1`): Caller => ({ userId, organizationId: "org", role, isOperator: false, teamIds: [] });

/** The status and detail authorizeOn answers with, or "ok". */
function outcome(run: () => void): "ok" | string {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof Problem) return `${error.status} ${error.detailText}`;
    throw error;
  }
}

describe("resource rules", () => {
  it("lets a teller erase their own story and an admin anyone's, but no one else", () => {
    const story = { tellerUserId: "teller-1" };
    expect(outcome(() => authorizeOn(caller("teller"), "story:erase-one", story))).toBe("ok");
    expect(outcome(() => authorizeOn(caller("admin"), "story:erase-one", story))).toBe("ok");
    expect(outcome(() => authorizeOn(caller("teller", "teller-2"), "story:erase-one", story))).toBe("403 forbiddenDetail");
    expect(outcome(() => authorizeOn(caller("analyst"), "story:erase-one", story))).toBe("403 forbiddenDetail");
    expect(outcome(() => authorizeOn(caller("analyst"), "story:erase-one", { tellerUserId: null }))).toBe("403 forbiddenDetail");
  });

  it("lets the facilitator or a collection manager close a session, after the role check", () => {
    const session = { facilitatorUserId: "colleague-1" };
    expect(outcome(() => authorizeOn(caller("colleague"), "session:close", session))).toBe("ok");
    expect(outcome(() => authorizeOn(caller("admin"), "session:close", session))).toBe("ok");
    expect(outcome(() => authorizeOn(caller("analyst"), "session:close", session))).toBe("403 sessionNotFacilitator");
    // A teller falls short of the role the rule builds on, even as the facilitator.
    expect(outcome(() => authorizeOn(caller("teller", "colleague-1"), "session:close", session))).toBe("403 forbiddenDetail");
  });

  it("checks the role alone for a plain action", () => {
    expect(outcome(() => authorizeOn(caller("colleague"), "story:interpret", {}))).toBe("ok");
    expect(outcome(() => authorizeOn(caller("teller"), "story:interpret", {}))).toBe("403 forbiddenDetail");
  });
});
