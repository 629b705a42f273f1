// Builders for the objects most API tests need: an organization with people, a framework, a collection.
import { frameworkDefinition, type FrameworkInput } from "../core/framework.ts";
import type { Role } from "../server/policy.ts";
import type { TestApp } from "./test-app.ts";
import { freshTotp, keyFromTotpUri } from "./totp.ts";

export const smallFramework: FrameworkInput = {
  name: "Test",
  language: "nl",
  prompts: [{ id: "moment", text: "Vertel over een moment" }],
  signifiers: [
    { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"] },
    { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] },
    { id: "gevoel", type: "stones", question: "Zet neer", xLabels: ["onzeker", "zeker"], yLabels: ["ontevreden", "tevreden"], items: [{ id: "inwoner", label: "Inwoner" }] },
    { id: "situatie", type: "choice", question: "Waarover?", required: true, role: "situation", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }] },
    { id: "aanpak", type: "choice", question: "Wat deed je?", role: "intervention", options: [{ id: "bezoek", label: "Huisbezoek" }, { id: "bellen", label: "Bellen" }] },
    { id: "tags", type: "choice", question: "Wat speelde?", multiple: true, options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
    { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 5 },
    { id: "les", type: "text", question: "Les", maxLength: 50 },
  ],
};
frameworkDefinition.parse(smallFramework);

export const validAnswers = {
  hulp: [0.2, 0.5, 0.3], regie: 0.7, gevoel: { inwoner: [0.4, 0.9] }, situatie: "schulden", tags: ["a"], cijfer: 4, les: "Luisteren",
};

export async function json<T = any>(response: Response | Promise<Response>): Promise<T> {
  return (await response).json() as Promise<T>;
}

export const PASSWORD = "een-lang-wachtwoord";

export interface Organization {
  organizationId: string;
  adminToken: string;
  tokens: Record<Role, string>;
  /** Each role's member; the admin and the analyst have two-factor sign-in (keys). */
  emails: Record<Role, string>;
  keys: Partial<Record<Role, Buffer>>;
}

/**
 * Sets up two-factor sign-in for the person behind a fresh password session, as the web app does:
 * admins and analysts must, before the server lets them do anything else. Returns the key and
 * the session that replaces the given one.
 */
export async function enrolInTwoFactor(app: TestApp, token: string, password = PASSWORD): Promise<{ key: Buffer; token: string }> {
  const started = await app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password } });
  if (started.status !== 201) throw new Error(`enrolment answered ${started.status}: ${await started.text()}`);
  const key = keyFromTotpUri((await started.json()).totpUri);
  const confirmed = await app.request("/api/v1/two-factor-confirmations", { method: "POST", token, json: { code: await freshTotp(key) } });
  if (confirmed.status !== 201) throw new Error(`confirmation answered ${confirmed.status}: ${await confirmed.text()}`);
  return { key, token: (await confirmed.json()).token };
}

/** Signs in with the password and, when asked for it, the code from `key`; returns the session token. */
export async function signInWithCode(app: TestApp, email: string, key?: Buffer, password = PASSWORD): Promise<string> {
  const first = await app.request("/api/v1/sessions", { method: "POST", json: { email, password } });
  const body = await first.json();
  if (first.status === 201) return body.token;
  if (first.status !== 202 || !key) throw new Error(`sign-in answered ${first.status}: ${JSON.stringify(body)}`);
  const verified = await app.request("/api/v1/two-factor-verifications", { method: "POST", json: { code: await freshTotp(key), challenge: body.challenge } });
  if (verified.status !== 201) throw new Error(`the code was refused: ${verified.status}`);
  return (await verified.json()).token;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Sets up the instance (first call) or adds an organization through the operator. */
export async function makeOrganization(app: TestApp, existingOperatorToken?: string): Promise<Organization & { operatorToken: string }> {
  let operatorToken = existingOperatorToken;
  const id = unique();
  let organizationId: string;
  let adminToken: string;
  if (!operatorToken) {
    const res = await json(app.request("/api/v1/setup", { method: "POST", json: { organizationName: `Gemeente ${id}`, name: "Beheer", email: `admin-${id}@example.nl`, password: "een-lang-wachtwoord" } }));
    organizationId = res.organization.id;
    adminToken = res.token;
    operatorToken = res.token;
  } else {
    const res = await json(app.request("/api/v1/organizations", { method: "POST", token: operatorToken, json: { name: `Gemeente ${id}`, adminName: "Beheer", adminEmail: `admin-${id}@example.nl`, adminPassword: "een-lang-wachtwoord" } }));
    organizationId = res.organization.id;
    adminToken = res.token;
  }
  // The admin and the analyst set up two-factor sign-in, as the server requires of them.
  const admin = await enrolInTwoFactor(app, adminToken);
  if (!existingOperatorToken) operatorToken = admin.token;
  adminToken = admin.token;
  const tokens = { admin: adminToken } as Record<Role, string>;
  const emails = { admin: `admin-${id}@example.nl` } as Record<Role, string>;
  const keys: Partial<Record<Role, Buffer>> = { admin: admin.key };
  for (const role of ["analyst", "colleague", "teller"] as const) {
    const email = `${role}-${id}@example.nl`;
    emails[role] = email;
    await app.request("/api/v1/members", { method: "POST", token: adminToken, json: { name: role, email, password: PASSWORD, role } });
    const session = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } }));
    tokens[role] = session.token;
    if (role === "analyst") {
      const analyst = await enrolInTwoFactor(app, session.token);
      tokens[role] = analyst.token;
      keys[role] = analyst.key;
    }
  }
  return { organizationId, adminToken, tokens, emails, keys, operatorToken: operatorToken! };
}

export async function makeCollection(app: TestApp, adminToken: string, overrides: Record<string, unknown> = {}) {
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: adminToken, json: smallFramework }));
  const collection = await json(app.request("/api/v1/collections", {
    method: "POST", token: adminToken, json: { name: "Vertelpunt test", frameworkId: framework.id, audience: "clients", anonymous: true, ...overrides },
  }));
  return { framework, collection };
}
