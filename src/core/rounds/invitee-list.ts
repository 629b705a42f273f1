// A list of people to invite for a listening round, as an analyst pastes or uploads it: one person
// a line, an e-mail address and, when the organization follows clients over time, a client
// reference beside it (CSV with comma, semicolon or tab; a header line is recognised and skipped).
// Every line that cannot be used is named with the reason, so nothing is silently dropped.

export const MAX_INVITEES = 5000;

export interface Invitee {
  /** 1-based line in the list as given. */
  line: number;
  email: string;
  clientRef?: string;
}

export type InviteeProblemCode = "invalidEmail" | "duplicateEmail" | "tooManyColumns" | "clientRefTooLong" | "tooManyInvitees";

export interface InviteeProblem {
  line: number;
  code: InviteeProblemCode;
}

const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;
const isHeader = (cells: string[]) => !cells[0]?.includes("@") && /mail|adres|address/i.test(cells[0] ?? "");

/** Cells of one line: the separator is the first of tab, semicolon or comma it holds; quotes may wrap a cell. */
function cellsOf(line: string): string[] {
  const separator = ["\t", ";", ","].find((s) => line.includes(s));
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

export function parseInviteeList(text: string): { invitees: Invitee[]; problems: InviteeProblem[] } {
  const invitees: Invitee[] = [];
  const problems: InviteeProblem[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const cells = cellsOf(raw);
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    if (cells.every((c) => c === "")) continue;
    if (invitees.length === 0 && problems.length === 0 && isHeader(cells)) continue;
    const [address = "", clientRef] = cells;
    const email = address.replace(/^mailto:/i, "").toLowerCase();
    if (cells.length > 2) problems.push({ line, code: "tooManyColumns" });
    else if (!EMAIL.test(email) || email.length > 254) problems.push({ line, code: "invalidEmail" });
    else if (clientRef && clientRef.length > 200) problems.push({ line, code: "clientRefTooLong" });
    else if (seen.has(email)) problems.push({ line, code: "duplicateEmail" });
    else if (invitees.length >= MAX_INVITEES) problems.push({ line, code: "tooManyInvitees" });
    else {
      seen.add(email);
      invitees.push({ line, email, ...(clientRef ? { clientRef } : {}) });
    }
  }
  return { invitees, problems };
}

/** The response per day (UTC) of a round's invitations: how many were invited, opened the link, told. */
export interface ResponseDay {
  date: string;
  invited: number;
  opened: number;
  told: number;
}

export type ResponseEvent = "invited" | "opened" | "told";

/** Counts events per UTC day, every day from the first to the last present, oldest first. */
export function responsePerDay(events: { kind: ResponseEvent; at: Date }[]): ResponseDay[] {
  if (events.length === 0) return [];
  const dayOf = (d: Date) => d.toISOString().slice(0, 10);
  const days = new Map<string, ResponseDay>();
  const times = events.map((e) => Date.parse(`${dayOf(e.at)}T00:00:00Z`));
  for (let t = Math.min(...times); t <= Math.max(...times); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    days.set(date, { date, invited: 0, opened: 0, told: 0 });
  }
  for (const e of events) days.get(dayOf(e.at))![e.kind]++;
  return [...days.values()];
}
