// Shared by the sector tests: a core framework with the three roles, sliders, a triad and a scale,
// stories that answer it, and a sector on one instance that organizations contribute to.
import type { FrameworkInput } from "../core/framework.ts";
import { noiseHalfWidth } from "../core/sector/discrete-laplace.ts";
import { signDocument } from "../core/sector/signed-document.ts";
import { json } from "./fixtures.ts";
import type { TestApp } from "./test-app.ts";

export const coreFramework: FrameworkInput = {
  name: "Kern Werk en Inkomen",
  language: "nl",
  prompts: [{ id: "moment", text: "Vertel over een moment dat ertoe deed" }],
  signifiers: [
    { id: "situatie", type: "choice", question: "Waarover ging het?", role: "situation", options: [{ id: "schulden", label: "Schulden" }, { id: "werk", label: "Werk" }] },
    { id: "aanpak", type: "choice", question: "Wat deed je?", role: "intervention", options: [{ id: "bezoek", label: "Huisbezoek" }, { id: "bellen", label: "Bellen" }] },
    { id: "uitkomst", type: "choice", question: "Hoe liep het af?", role: "outcome", options: [{ id: "beter", label: "Beter" }, { id: "gelijk", label: "Gelijk" }] },
    { id: "regie", type: "dyad", question: "Wie had de regie?", labels: ["Ik", "De inwoner"] },
    { id: "hulp", type: "triad", question: "Wat hielp?", labels: ["Regels", "Contact", "Samenwerking"] },
    { id: "cijfer", type: "scale", question: "Cijfer", min: 1, max: 5 },
  ],
};

export const coreStory = (n: number, consent: { research?: boolean; sector?: boolean } = {}, extra: Record<string, unknown> = {}) => ({
  title: `Verhaal ${n}`,
  text: `Verhaal nummer ${n}: het huisbezoek hielp bij de schulden.`,
  answers: { situatie: n % 3 === 0 ? "werk" : "schulden", aanpak: n % 2 === 0 ? "bezoek" : "bellen", uitkomst: "beter", regie: (n % 10) / 10, hulp: [0.2, 0.5, 0.3], cijfer: 1 + (n % 5) },
  consent: { research: consent.research ?? true, sector: consent.sector ?? false },
  toldAt: `2026-11-${String(1 + (n % 28)).padStart(2, "0")}T10:${String(n % 60).padStart(2, "0")}:00+01:00`,
  ...extra,
});

interface Caller { app: TestApp; token: string }
const post = ({ app, token }: Caller, path: string, body: unknown, method = "POST") =>
  json(app.request(`/api/v1${path}`, { method, token, json: body }));

/** A sector on one instance with the core above; the coordinator is its first member. */
export async function startSector(app: TestApp, coordinatorAdminToken: string, name = "Arbeidsmarktregio Midden"): Promise<string> {
  const coordinator = { app, token: coordinatorAdminToken };
  const sector = await post(coordinator, "/sectors", { name });
  await post(coordinator, `/sectors/${sector.id}/core-frameworks`, { definition: coreFramework });
  return sector.id as string;
}

/**
 * An organization of the instance joins the sector (added by the coordinator, unless it is the
 * coordinator), adopts the core and lets a new collection contribute with ε = ½ per release.
 */
export async function contributeToSector(app: TestApp, sectorId: string, adminToken: string, options: { coordinatorAdminToken?: string; organizationId?: string; collection?: Record<string, unknown> } = {}) {
  if (options.coordinatorAdminToken) {
    await app.request(`/api/v1/sectors/${sectorId}/members`, { method: "POST", token: options.coordinatorAdminToken, json: { organizationId: options.organizationId } });
  }
  const admin = { app, token: adminToken };
  const link = await post(admin, "/sector-links", { sectorId, budget: { numerator: 10, denominator: 1 } });
  const { framework } = await post(admin, `/sector-links/${link.id}/adoptions`, { name: "Ons kader" });
  const collection = await post(admin, "/collections", { name: "Klantverhalen", frameworkId: framework.id, audience: "clients", anonymous: true, ...options.collection });
  await post(admin, `/collections/${collection.id}/sector-participation`, { linkId: link.id, epsilon: { numerator: 1, denominator: 2 } }, "PUT");
  return { linkId: link.id as string, collection: collection as { id: string; slug: string } };
}

/** A remote contributor's release of the core above with exact counts (as if its noise had drawn 0), signed with its key. */
export function knownRelease(sectorId: string, month: string, privateKey: string, counts: Record<string, number[]>, organization = "Gemeente Elders") {
  const cells: Record<string, string[]> = {
    situatie: ["schulden", "werk"], aanpak: ["bezoek", "bellen"], uitkomst: ["beter", "gelijk"],
    "situation×intervention×outcome": ["schulden", "werk"].flatMap((s) => ["bezoek", "bellen"].flatMap((a) => ["beter", "gelijk"].map((u) => `${s}|${a}|${u}`))),
  };
  const id = crypto.randomUUID();
  const document = {
    kind: "aggregates", month, sectorId, version: 1, organization, showName: false, series: `elders-${month}`, coreVersion: 1,
    epsilon: { numerator: 1, denominator: 2 }, sensitivity: 4, plusMinus: noiseHalfWidth({ numerator: 1, denominator: 2 }, 4),
    histograms: Object.entries(counts).map(([key, values]) => ({ key, cells: cells[key]!, counts: values })),
  };
  return { id, ...signDocument(document, privateKey) };
}

/** A remote contributor's shared story, signed with its key. */
export function knownStory(sectorId: string, month: string, privateKey: string, text: string, answers: Record<string, string> = {}) {
  const id = crypto.randomUUID();
  return { id, ...signDocument({ kind: "story", month, sectorId, version: 1, organization: "Gemeente Elders", showName: false, coreVersion: 1, title: null, text, language: "nl", answers }, privateKey) };
}
