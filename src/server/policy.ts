// Who may do what. Roles are ordered: each role may do what the roles below it may.
// Routes on an id look it up in the caller's organization first (404) and check the role after
// (403), so another organization's ids always answer 404 and reveal nothing.
import { forbidden, unauthorized } from "./problem.ts";

export const roles = ["teller", "colleague", "analyst", "admin"] as const;
export type Role = (typeof roles)[number];

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
  "sector:coordinate": "admin",
  "sector:contribute": "admin",
  "sector:read": "colleague",
};

export function isAllowed(caller: Caller, action: Action): boolean {
  return roles.indexOf(caller.role) >= roles.indexOf(minimumRole[action]);
}

/** Returns the caller when allowed; throws 401 without one and 403 when the role falls short. */
export function authorize(caller: Caller | undefined, action: Action): Caller {
  if (!caller) throw unauthorized();
  if (!isAllowed(caller, action)) throw forbidden();
  return caller;
}
