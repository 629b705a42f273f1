// Who may do what. Roles are ordered: each role may do what the roles below it may.
// Routes on an id look it up in the caller's organization first (404) and check the role after
// (403), so another organization's ids always answer 404 and reveal nothing.
import type { MessageKey } from "./messages.ts";
import { forbidden, Problem, unauthorized } from "./problem.ts";
import { type Role, roleAtLeast, roles } from "../core/roles.ts";

export { type Role, roles };

export interface Caller {
  userId: string;
  organizationId: string;
  role: Role;
  isOperator: boolean;
  teamIds: string[];
}

export type Action =
  | "story:tell" // tell a story, see one's own stories
  | "story:read" // read the organization's stories (redacted text)
  | "story:interpret"
  | "story:erase"
  | "analysis:read"
  | "aggregate:read" // see aggregates, with small cells hidden below analysis:read
  | "export:create"
  | "story:import"
  | "booklet:manage" // curate booklets, print them, publish them on a public story wall
  | "framework:read"
  | "framework:manage"
  | "collection:read"
  | "collection:manage"
  | "member:read"
  | "member:manage"
  | "team:manage"
  | "settings:manage"
  | "round:invite" // invite people to a listening round by e-mail, see their response
  | "recording:play" // listen to a story's voice recording (unredacted: it is the teller's own voice)
  | "recording:transcribe" // type the transcript of a recording
  // The sector (issue 15): admins of the coordinating organization publish core versions and issue
  // credentials (sector:coordinate, checked against the sector's coordinator); member admins adopt
  // and contribute; colleagues read the sector's combined figures and shared stories.
  | "sector:coordinate"
  | "sector:contribute"
  | "sector:read";

const minimumRole: Record<Action, Role> = {
  "story:tell": "teller",
  "framework:read": "teller",
  "collection:read": "teller",
  "story:read": "colleague",
  "story:interpret": "colleague",
  "member:read": "colleague",
  "aggregate:read": "colleague",
  "analysis:read": "analyst",
  "export:create": "analyst",
  "story:import": "analyst",
  "booklet:manage": "analyst",
  "story:erase": "admin",
  "framework:manage": "admin",
  "collection:manage": "admin",
  "member:manage": "admin",
  "team:manage": "admin",
  "settings:manage": "admin",
  "round:invite": "analyst",
  "recording:play": "colleague",
  "recording:transcribe": "colleague",
  "sector:coordinate": "admin",
  "sector:contribute": "admin",
  "sector:read": "colleague",
};

export function isAllowed(caller: Caller, action: Action): boolean {
  return roleAtLeast(caller.role, minimumRole[action]);
}

/** The instance's operator (the person who set it up): for what spans every organization. */
export function authorizeOperator(caller: Caller | undefined): Caller {
  if (!caller) throw unauthorized();
  if (!caller.isOperator) throw forbidden();
  return caller;
}

/** Returns the caller when allowed; throws 401 without one and 403 when the role falls short. */
export function authorize(caller: Caller | undefined, action: Action): Caller {
  if (!caller) throw unauthorized();
  if (!isAllowed(caller, action)) throw forbidden();
  return caller;
}

// Rules on one resource, beyond the role: who may act on this particular story or session. Checked
// by server/access.ts after the resource was found in the caller's organization (404 first) and
// after the role its action builds on (403), each with the problem it answers when it says no.
interface ResourceRule<R> {
  role: Action;
  allows: (caller: Caller, resource: R) => boolean;
  /** The problem's detail when the rule says no (default: forbiddenDetail). */
  detail?: MessageKey;
}
const rule = <R>(r: ResourceRule<R>) => r;

export const resourceRules = {
  // Tellers may erase their own stories; erasing another's takes the story:erase role.
  "story:erase-one": rule({ role: "story:tell", allows: (caller, s: { tellerUserId: string | null }) => s.tellerUserId === caller.userId || isAllowed(caller, "story:erase") }),
  // Only the facilitator closes a session, or someone who manages collections.
  "session:close": rule({
    role: "story:interpret", detail: "sessionNotFacilitator",
    allows: (caller, s: { facilitatorUserId: string }) => s.facilitatorUserId === caller.userId || isAllowed(caller, "collection:manage"),
  }),
};
export type ResourceAction = keyof typeof resourceRules;
/** The resource actions whose rule reads a resource of type R. */
export type ResourceActionOn<R> = { [A in ResourceAction]: R extends Parameters<(typeof resourceRules)[A]["allows"]>[1] ? A : never }[ResourceAction];

/** Throws 403 unless the caller's role allows the action and, for a resource action, its rule allows it on this resource. */
export function authorizeOn<R>(caller: Caller, action: Action | ResourceActionOn<R>, resource: R): void {
  if (!(action in resourceRules)) {
    authorize(caller, action as Action);
    return;
  }
  const { role, allows, detail } = resourceRules[action as ResourceAction] as ResourceRule<R>;
  authorize(caller, role);
  if (!allows(caller, resource)) throw detail ? new Problem(403, "forbidden", detail) : forbidden();
}
