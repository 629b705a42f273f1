// Builders for the objects most API tests need: an organization with people, a framework, a collection.
import { frameworkDefinition, type FrameworkInput } from "../../core/framework.ts";
import type { Role } from "../policy.ts";
import type { TestApp } from "./test-app.ts";

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

export interface Organization {
  organizationId: string;
  adminToken: string;
  tokens: Record<Role, string>;
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
  const tokens = { admin: adminToken } as Record<Role, string>;
  for (const role of ["analyst", "colleague", "teller"] as const) {
    const email = `${role}-${id}@example.nl`;
    await app.request("/api/v1/members", { method: "POST", token: adminToken, json: { name: role, email, password: "een-lang-wachtwoord", role } });
    const session = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: "een-lang-wachtwoord" } }));
    tokens[role] = session.token;
  }
  return { organizationId, adminToken, tokens, operatorToken: operatorToken! };
}

export async function makeCollection(app: TestApp, adminToken: string, overrides: Record<string, unknown> = {}) {
  const framework = await json(app.request("/api/v1/frameworks", { method: "POST", token: adminToken, json: smallFramework }));
  const collection = await json(app.request("/api/v1/collections", {
    method: "POST", token: adminToken, json: { name: "Vertelpunt test", frameworkId: framework.id, audience: "clients", anonymous: true, ...overrides },
  }));
  return { framework, collection };
}
