// The four roles in order: each may do what the roles before it may. The server's policy, API
// tokens and the web app's route guards and menus all read this one list.
export const roles = ["teller", "colleague", "analyst", "admin"] as const;
export type Role = (typeof roles)[number];

/** Whether `role` may do what `minimum` may. */
export const roleAtLeast = (role: Role, minimum: Role) => roles.indexOf(role) >= roles.indexOf(minimum);
