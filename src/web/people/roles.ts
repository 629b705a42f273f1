import { appMessages } from "../toolkit/messages.ts";
import type { Role } from "../toolkit/session.tsx";

/** Role names shown to people, in the order from most to least rights. */
export const roleLabels: Record<Role, keyof typeof appMessages> = {
  admin: "roleAdmin",
  analyst: "roleAnalyst",
  colleague: "roleColleague",
  teller: "roleTeller",
};
