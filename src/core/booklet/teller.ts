// Who told a story, as a booklet names it: told in an interview, a client; told by a signed-in
// colleague, a professional; told on the public form or a kiosk, a resident; imported, unknown.
export const tellerRoles = ["client", "professional", "resident", "unknown"] as const;
export type TellerRole = (typeof tellerRoles)[number];

export function tellerRole(story: { channel: string; tellerUserId: string | null }): TellerRole {
  if (story.channel === "interview") return "client";
  if (story.channel === "import") return "unknown";
  return story.tellerUserId ? "professional" : "resident";
}
