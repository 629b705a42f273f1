// Every route × every role: anonymous callers get 401 on signed-in routes, roles below the route's
// minimum get 403, and roles at or above it succeed. A route missing from the table fails the test,
// so a new route cannot ship without a stated policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../../../scripts/write-openapi.ts";
import type { Role } from "../policy.ts";
import { enrolInTwoFactor, json, makeCollection, makeOrganization, type Organization, signInWithCode, smallFramework, validAnswers } from "../../testing/fixtures.ts";
import { createTestApp, type TestApp, testEngine } from "../../testing/test-app.ts";
import { freshTotp, keyFromTotpUri } from "../../testing/totp.ts";
import { createUpload, fakeAudio, uploadRecording } from "../../testing/tus.ts";
import { type Probe, type Caller } from "../../testing/policy-probes/probe.ts";
import { sectorProbes } from "../../testing/policy-probes/sector.ts";

const callers: Caller[] = ["anonymous", "teller", "colleague", "analyst", "admin"];
const rank = (c: Caller) => callers.indexOf(c);

let app: TestApp;
let org: Organization & { operatorToken: string };
let ids: { framework: string; collection: string; slug: string; tellerStory: string; session: string; spokenStory: string };
let counter = 0;
const story = { text: "Een verhaal.", answers: validAnswers, consent: { research: true } };

const tellAs = async (token: string) =>
  (await json(app.request(`/api/v1/collections/${ids.collection}/stories`, { method: "POST", token, json: story }))).id as string;
const emailOf = async (role: Role): Promise<string> => {
  const members = await json(app.request("/api/v1/members", { token: org.adminToken }));
  // The fixture's own member of that role (probes add members, some with two-factor sign-in).
  return members.items.find((m: { role: string; email: string }) => m.role === role && m.email.startsWith(`${role}-`)).email;
};
// The fixture's admin and analyst have two-factor sign-in: they sign in with a code.
const freshSessionToken = async (role: Role) => signInWithCode(app, org.emails[role], org.keys[role]);

const table: Record<string, Probe> = {
  getLanding: { allowed: "public", request: async () => ({ path: "/" }) },
  setUpInstance: { allowed: "public", request: async () => ({ path: "/setup", method: "POST", json: { organizationName: "X", name: "X", email: "x@example.nl", password: "een-lang-wachtwoord" } }) },
  createOrganization: {
    allowed: { teller: 403, colleague: 403, analyst: 403, admin: "ok" },
    request: async () => ({ path: "/organizations", method: "POST", json: { name: `Org ${counter}`, adminName: "A", adminEmail: `org${counter++}@example.nl`, adminPassword: "een-lang-wachtwoord" } }),
  },
  // The instance's operator only (the fixture's admin set the instance up); on PostgreSQL a 409 that points to pg_dump.
  createBackup: { allowed: { admin: testEngine() === "postgres" ? 409 : "ok" }, request: async () => ({ path: "/backups", method: "POST" }) },
  createSession: { allowed: "public", request: async () => ({ path: "/sessions", method: "POST", json: { email: await emailOf("teller"), password: "een-lang-wachtwoord" } }) },
  getCurrentSession: { allowed: "teller", request: async () => ({ path: "/sessions/current" }) },
  startTwoFactorEnrolment: {
    allowed: "teller",
    // The fixture's admin and analyst are enrolled already; each caller starts as a fresh member of their role.
    token: async (role) => freshMemberToken(role),
    request: async () => ({ path: "/two-factor-enrolments", method: "POST", json: { password: "een-lang-wachtwoord" } }),
  },
  confirmTwoFactorEnrolment: {
    allowed: "teller",
    // Confirming replaces the session, so each caller confirms as a fresh member of their role.
    token: async (role) => (pendingEnrolment = await memberStartingEnrolment(role)).token,
    request: async (caller) => ({ path: "/two-factor-confirmations", method: "POST", json: { code: caller === "anonymous" ? "000000" : await freshTotp(pendingEnrolment.key) } }),
  },
  listSsoProviders: { allowed: "public", request: async () => ({ path: "/sso-providers" }) },
  // Without a provider set up (this app has none) both answer 404 to everyone.
  startSsoSignIn: { allowed: "public", request: async () => ({ path: "/sso-sign-ins", method: "POST", json: { providerId: "oidc" } }) },
  finishSsoSignIn: { allowed: "public", request: async () => ({ path: "/sso-callbacks/oidc?code=x&state=y" }) },
  verifyTwoFactorSignIn: { allowed: "public", request: async () => ({ path: "/two-factor-verifications", method: "POST", json: await pendingTwoFactorSignIn() }) },
  deleteCurrentSession: { allowed: "teller", request: async () => ({ path: "/sessions/current", method: "DELETE" }) },
  createApiToken: { allowed: "teller", request: async () => ({ path: "/api-tokens", method: "POST", json: { name: "t" } }) },
  listApiTokens: { allowed: "teller", request: async () => ({ path: "/api-tokens" }) },
  revokeApiToken: { allowed: "teller", request: async (caller) => ({ path: `/api-tokens/${await tokenIdOf(caller)}`, method: "DELETE" }) },
  createMember: { allowed: "admin", request: async () => ({ path: "/members", method: "POST", json: { name: "M", email: `m${counter++}@example.nl`, password: "een-lang-wachtwoord", role: "teller" } }) },
  listMembers: { allowed: "colleague", request: async () => ({ path: "/members" }) },
  createTeam: { allowed: "admin", request: async () => ({ path: "/teams", method: "POST", json: { name: "T" } }) },
  listTeams: { allowed: "teller", request: async () => ({ path: "/teams" }) },
  createFramework: { allowed: "admin", request: async () => ({ path: "/frameworks", method: "POST", json: smallFramework }) },
  listFrameworks: { allowed: "teller", request: async () => ({ path: "/frameworks" }) },
  getFramework: { allowed: "teller", request: async () => ({ path: `/frameworks/${ids.framework}` }) },
  reviseFramework: { allowed: "admin", request: async () => ({ path: `/frameworks/${ids.framework}`, method: "PUT", json: smallFramework }) },
  listFrameworkTemplates: { allowed: "teller", request: async () => ({ path: "/framework-templates" }) },
  createCollection: { allowed: "admin", request: async () => ({ path: "/collections", method: "POST", json: { name: "C", frameworkId: ids.framework, audience: "clients", anonymous: true } }) },
  listCollections: { allowed: "teller", request: async () => ({ path: "/collections" }) },
  getCollection: { allowed: "teller", request: async () => ({ path: `/collections/${ids.collection}` }) },
  updateCollection: { allowed: "admin", request: async () => ({ path: `/collections/${ids.collection}`, method: "PATCH", json: { name: "Vertelpunt test" } }) },
  getCollectionQrCode: { allowed: "teller", request: async () => ({ path: `/collections/${ids.collection}/qr-code` }) },
  getPublicCollection: { allowed: "public", request: async () => ({ path: `/public-collections/${ids.slug}` }) },
  tellPublicStory: { allowed: "public", request: async () => ({ path: `/public-collections/${ids.slug}/stories`, method: "POST", json: story }) },
  tellStory: { allowed: "teller", request: async () => ({ path: `/collections/${ids.collection}/stories`, method: "POST", json: story }) },
  listStories: { allowed: "teller", request: async () => ({ path: "/stories" }) },
  getStory: { allowed: "teller", request: async () => ({ path: `/stories/${ids.tellerStory}` }) },
  listSimilarStories: { allowed: "teller", request: async () => ({ path: `/stories/${ids.tellerStory}/similar` }) },
  eraseStory: {
    allowed: { teller: "ok", colleague: 403, analyst: 403, admin: "ok" },
    request: async () => ({ path: `/stories/${await tellAs(org.tokens.teller)}`, method: "DELETE" }),
  },
  importStories: {
    allowed: "analyst",
    request: async () => ({ path: `/collections/${ids.collection}/story-imports`, method: "POST", body: JSON.stringify(story), headers: { "content-type": "application/x-ndjson" } }),
  },
  importFramework: {
    allowed: "admin",
    request: async () => ({ path: "/framework-imports?name=Matrix&dryRun=true", method: "POST", body: "Data column name,Type,About,Short name,Long name,Options,Answers\n", headers: { "content-type": "text/csv" } }),
  },
  getTranslationFile: { allowed: "admin", request: async () => ({ path: `/frameworks/${ids.framework}/translation-files/en?format=csv` }) },
  importTranslationFile: {
    allowed: "admin",
    request: async () => ({ path: `/frameworks/${ids.framework}/translation-files/en`, method: "PUT", body: "key,translation\nname,Matrix\n", headers: { "content-type": "text/csv" } }),
  },
  streamCollectionEvents: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/events` }) },
  getHealth: { allowed: "public", request: async () => ({ path: "/health" }) },
  getReadiness: { allowed: "public", request: async () => ({ path: "/health/ready" }) },
  interpretStory: { allowed: "colleague", request: async () => ({ path: `/stories/${ids.tellerStory}/interpretations`, method: "POST", json: { answers: {} } }) },
  listInterpretations: { allowed: "teller", request: async () => ({ path: `/stories/${ids.tellerStory}/interpretations` }) },
  withdrawInterpretation: { allowed: "colleague", request: async (caller) => ({ path: `/stories/${ids.tellerStory}/interpretations/${await ownReading(caller)}`, method: "DELETE" }) },
  createDemoCollection: { allowed: "admin", request: async (caller) => {
    // One demo per organization: the admin's probe makes a fresh one.
    if (caller === "admin") await removeDemo();
    return { path: "/demo-collections", method: "POST", json: { count: 10 } };
  } },
  removeDemoCollection: { allowed: "admin", request: async () => ({ path: `/demo-collections/${await demoId()}`, method: "DELETE" }) },
  getGettingStarted: { allowed: "admin", request: async () => ({ path: "/getting-started" }) },
  getAgreement: { allowed: "analyst", request: async () => ({ path: `/collections/${ids.collection}/agreement` }) },
  listAuditEvents: { allowed: "admin", request: async () => ({ path: "/audit-events" }) },
  previewRedaction: { allowed: "public", request: async () => ({ path: "/redaction-previews", method: "POST", json: { text: "Hallo" } }) },
  previewFrameworkRedaction: { allowed: "admin", request: async () => ({ path: "/framework-redaction-previews", method: "POST", json: smallFramework }) },
  addFollowUp: { allowed: "colleague", request: async () => ({ path: `/stories/${ids.tellerStory}/follow-ups`, method: "POST", json: { kind: "action", text: "Gedaan" } }) },
  addPatternFollowUp: { allowed: "analyst", request: async () => ({ path: `/collections/${ids.collection}/pattern-follow-ups`, method: "POST", json: { pattern: { situatie: "werk" }, kind: "action", text: "Gedaan" } }) },
  listPatternFollowUps: { allowed: "analyst", request: async () => ({ path: `/collections/${ids.collection}/pattern-follow-ups?pattern=${encodeURIComponent(JSON.stringify({ situatie: "werk" }))}` }) },
  listFollowUps: { allowed: "teller", request: async () => ({ path: `/stories/${ids.tellerStory}/follow-ups` }) },
  // The upload routes are authorized by the story's upload token, not by a session.
  createRecordingUpload: { allowed: "public", request: async () => ({ path: "/recording-uploads", method: "POST", headers: tusHeaders(await spokenUploadToken(), { "Upload-Length": "10" }) }) },
  getRecordingUploadOffset: { allowed: "public", request: async () => {
    const token = await spokenUploadToken();
    return { path: await uploadPath(token), method: "HEAD", headers: tusHeaders(token) };
  } },
  continueRecordingUpload: { allowed: "public", request: async () => {
    const token = await spokenUploadToken();
    return { path: await uploadPath(token), method: "PATCH", body: "0123456789", headers: tusHeaders(token, { "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" }) };
  } },
  // The teller told ids.spokenStory: their own story, but their role does not play or transcribe recordings.
  getStoryRecording: { allowed: "colleague", request: async () => ({ path: `/stories/${ids.spokenStory}/recording` }) },
  playStoryRecording: { allowed: "colleague", request: async () => ({ path: `/stories/${ids.spokenStory}/recording/audio` }) },
  // A story takes one transcript: each caller types into a fresh one.
  typeStoryTranscript: { allowed: "colleague", request: async () => ({ path: `/stories/${await spokenStoryOfTeller()}/transcript`, method: "PUT", json: { text: "Wat de cliënt vertelde." } }) },
  eraseSubject: { allowed: "admin", request: async () => ({ path: "/subject-erasures", method: "POST", json: { subjectRef: "niemand" } }) },
  exportCollection: { allowed: "analyst", request: async () => ({ path: `/collections/${ids.collection}/exports?format=csv` }) },
  createBooklet: { allowed: "analyst", request: async () => ({ path: "/booklets", method: "POST", json: { title: "Boekje", storyIds: [] } }) },
  listBooklets: { allowed: "analyst", request: async () => ({ path: "/booklets" }) },
  getBooklet: { allowed: "analyst", request: async () => ({ path: `/booklets/${(await newBooklet()).id}` }) },
  updateBooklet: { allowed: "analyst", request: async () => ({ path: `/booklets/${(await newBooklet()).id}`, method: "PUT", json: { title: "Boekje", storyIds: [] } }) },
  deleteBooklet: { allowed: "analyst", request: async () => ({ path: `/booklets/${(await newBooklet()).id}`, method: "DELETE" }) },
  getBookletPdf: { allowed: "analyst", request: async () => ({ path: `/booklets/${(await newBooklet()).id}/pdf` }) },
  getPublicBooklet: { allowed: "public", request: async () => ({ path: `/public-booklets/${(await newBooklet(true)).slug}` }) },
  getDistribution: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/distributions?signifierId=situatie` }) },
  getCrosstab: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/crosstabs?rowSignifierId=situatie&columnSignifierId=tags` }) },
  getWhatWorks: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/patterns?outcome=cijfer` }) },
  getThemes: { allowed: "analyst", request: async () => ({ path: `/collections/${ids.collection}/themes` }) },
  discoverPatterns: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/pattern-discoveries` }) },
  getFrameworkDistribution: { allowed: "colleague", request: async () => ({ path: `/frameworks/${ids.framework}/distributions?signifierId=situatie&audience=clients` }) },
  getFrameworkCrosstab: { allowed: "colleague", request: async () => ({ path: `/frameworks/${ids.framework}/crosstabs?rowSignifierId=situatie&columnSignifierId=tags` }) },
  getDashboard: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/dashboard` }) },
  getFrameworkDashboard: { allowed: "colleague", request: async () => ({ path: `/frameworks/${ids.framework}/dashboard?audience=clients` }) },
  getFrameworkWhatWorks: { allowed: "colleague", request: async () => ({ path: `/frameworks/${ids.framework}/patterns?outcome=cijfer` }) },
  discoverFrameworkPatterns: { allowed: "colleague", request: async () => ({ path: `/frameworks/${ids.framework}/pattern-discoveries?collectionIds=${ids.collection}` }) },
  comparePeriods: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/comparisons?measureAt=2026-01-01T00:00:00Z` }) },
  getTrend: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/trends?interval=week&signifier=situatie` }) },
  createListeningRound: {
    allowed: "admin",
    request: async () => ({ path: `/collections/${ids.collection}/listening-rounds`, method: "POST", json: { name: "Ronde", startsAt: new Date(Date.UTC(2030, counter, 1)).toISOString(), endsAt: new Date(Date.UTC(2030, ++counter, 1)).toISOString() } }),
  },
  listListeningRounds: { allowed: "teller", request: async () => ({ path: `/collections/${ids.collection}/listening-rounds` }) },
  getCohort: { allowed: "colleague", request: async () => ({ path: `/collections/${ids.collection}/cohorts?signifier=cijfer` }) },
  getOrganizationSettings: { allowed: "teller", request: async () => ({ path: "/organization-settings" }) },
  updateOrganizationSettings: { allowed: "admin", request: async () => ({ path: "/organization-settings", method: "PATCH", json: { smallCellK: 5 } }) },
  getSubjectTimeline: { allowed: "analyst", request: async () => ({ path: `/subjects/${await subjectPseudonym()}/timeline` }) },
  getReceipt: { allowed: "public", request: async () => ({ path: `/receipts/${await receiptToken()}` }) },
  getReceiptReflection: { allowed: "public", request: async () => ({ path: `/receipts/${await receiptToken()}/reflection` }) },
  getStoryReflection: { allowed: "teller", request: async () => ({ path: `/stories/${ids.tellerStory}/reflection` }) },
  startIntervisionSession: { allowed: "colleague", request: async () => ({ path: "/intervision-sessions", method: "POST", json: sessionInput() }) },
  listIntervisionSessions: { allowed: "colleague", request: async () => ({ path: "/intervision-sessions" }) },
  getIntervisionSession: { allowed: "colleague", request: async () => ({ path: `/intervision-sessions/${ids.session}` }) },
  getIntervisionSessionQrCode: { allowed: "colleague", request: async () => ({ path: `/intervision-sessions/${ids.session}/qr-code` }) },
  streamIntervisionSessionEvents: { allowed: "colleague", request: async () => ({ path: `/intervision-sessions/${ids.session}/events` }) },
  // People by e-mail; the public ones answer 404 to a link secret nobody was sent.
  createInvitation: { allowed: "admin", request: async () => ({ path: "/invitations", method: "POST", json: { name: "I", email: `inv${counter++}@example.nl`, role: "teller" } }) },
  listInvitations: { allowed: "admin", request: async () => ({ path: "/invitations" }) },
  deleteInvitation: { allowed: "admin", request: async () => ({ path: `/invitations/${await invitationId()}`, method: "DELETE" }) },
  previewInvitation: { allowed: "public", request: async () => ({ path: "/invitation-previews", method: "POST", json: { token: "x".repeat(43) } }) },
  acceptInvitation: { allowed: "public", request: async () => ({ path: "/invitation-acceptances", method: "POST", json: { token: "x".repeat(43), password: "een-lang-wachtwoord" } }) },
  requestPasswordReset: { allowed: "public", request: async () => ({ path: "/password-resets", method: "POST", json: { email: "niemand@example.nl" } }) },
  completePasswordReset: { allowed: "public", request: async () => ({ path: "/password-reset-completions", method: "POST", json: { token: "x".repeat(43), password: "een-lang-wachtwoord" } }) },
  updateMember: { allowed: "admin", request: async () => ({ path: `/members/${(await freshMemberId())}`, method: "PATCH", json: { role: "colleague" } }) },
  createMemberPasswordReset: { allowed: "admin", request: async () => ({ path: `/members/${(await freshMemberId())}/password-resets`, method: "POST" }) },
  deleteMember: { allowed: "admin", request: async () => ({ path: `/members/${(await freshMemberId())}`, method: "DELETE" }) },
  closeIntervisionSession: {
    allowed: "colleague",
    // Each caller closes a session of their own (tellers: a colleague's), so the facilitator rule does not interfere.
    request: async (caller) => {
      const facilitator = caller === "admin" ? org.adminToken : org.tokens[caller === "anonymous" || caller === "teller" ? "colleague" : caller];
      const session = await json(app.request("/api/v1/intervision-sessions", { method: "POST", token: facilitator, json: sessionInput() }));
      return { path: `/intervision-sessions/${session.id}/closure`, method: "POST", json: { conclusions: "Afgesproken.", actions: [] } };
    },
  },
  withdrawStory: { allowed: "public", request: async () => ({ path: `/receipts/${await receiptToken()}`, method: "DELETE" }) },
  // Admin screens: exports across a framework, rounds changed, posters, erasure previews.
  exportFramework: { allowed: "analyst", request: async () => ({ path: `/frameworks/${ids.framework}/exports?format=json&headers=labels` }) },
  updateListeningRound: { allowed: "admin", request: async () => ({ path: `${await newRound()}`, method: "PATCH", json: { name: "Nieuwe naam" } }) },
  getListeningRoundQrCode: { allowed: "teller", request: async () => ({ path: `${await newRound()}/qr-code` }) },
  getCollectionPoster: { allowed: "teller", request: async () => ({ path: `/collections/${ids.collection}/poster` }) },
  getListeningRoundPoster: { allowed: "teller", request: async () => ({ path: `${await newRound()}/poster` }) },
  previewSubjectErasure: { allowed: "admin", request: async () => ({ path: "/subject-erasure-previews", method: "POST", json: { subjectRef: "niemand" } }) },
  // Personal invitations for a listening round.
  inviteToListeningRound: { allowed: "analyst", request: async () => ({ path: `${await newRound()}/invitations`, method: "POST", json: { list: "iemand@example.nl", dryRun: true } }) },
  getListeningRoundResponse: { allowed: "colleague", request: async () => ({ path: `${await newRound()}/invitation-response` }) },
  openRoundInvitation: { allowed: "public", request: async () => ({ path: `/round-invitations/${"x".repeat(43)}/openings`, method: "POST" }) },
  tellInvitedStory: { allowed: "public", request: async () => ({ path: `/round-invitations/${"x".repeat(43)}/stories`, method: "POST", json: story }) },
  ...sectorProbes({ app: () => app, org: () => org, collectionId: () => ids.collection }),
};

/** A new listening round of the collection (made by the admin), as its path. */
async function newRound(): Promise<string> {
  const startsAt = new Date(Date.UTC(2040, counter, 1)).toISOString();
  const endsAt = new Date(Date.UTC(2040, ++counter, 1)).toISOString();
  const round = await json(app.request(`/api/v1/collections/${ids.collection}/listening-rounds`, { method: "POST", token: org.adminToken, json: { name: "Ronde", startsAt, endsAt } }));
  return `/collections/${ids.collection}/listening-rounds/${round.id}`;
}

let pendingEnrolment: { token: string; key: Buffer; email: string };
/** A new member of the role, signed in with the password (no two-factor sign-in yet). */
async function freshMember(role: Role) {
  const email = `enrol${counter++}@example.nl`;
  await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { name: "E", email, password: "een-lang-wachtwoord", role } });
  const { token } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: "een-lang-wachtwoord" } }));
  return { email, token: token as string };
}
const freshMemberToken = async (role: Role) => (await freshMember(role)).token;
async function memberStartingEnrolment(role: Role) {
  const { email, token } = await freshMember(role);
  const started = await json(app.request("/api/v1/two-factor-enrolments", { method: "POST", token, json: { password: "een-lang-wachtwoord" } }));
  return { token: token as string, key: keyFromTotpUri(started.totpUri), email };
}

/**
 * A sign-in that waits for its code, with the right code: a member who has just enrolled, new for
 * each probe, since a code works once (and the next one comes only every 30 seconds).
 */
async function pendingTwoFactorSignIn() {
  const { email, token } = await freshMember("colleague");
  const { key } = await enrolInTwoFactor(app, token);
  const { challenge } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: "een-lang-wachtwoord" } }));
  return { code: await freshTotp(key), challenge };
}

async function invitationId(): Promise<string> {
  return (await json(app.request("/api/v1/invitations", { method: "POST", token: org.adminToken, json: { name: "I", email: `inv${counter++}@example.nl`, role: "teller" } }))).id;
}
async function freshMemberId(): Promise<string> {
  return (await json(app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { name: "M", email: `m${counter++}@example.nl`, password: "een-lang-wachtwoord", role: "teller" } }))).id;
}

const tusHeaders = (token: string, more: Record<string, string> = {}) => ({ "Tus-Resumable": "1.0.0", "Upload-Token": token, ...more });
/** A story told on the public form with consent to keep its recording: its upload token. */
const spokenUploadToken = async () => (await json(app.request(`/api/v1/public-collections/${ids.slug}/stories`, {
  method: "POST", json: { ...story, text: "", consent: { research: true, keepRecording: true } },
}))).recordingUpload.token as string;
/** A 10-byte upload begun with the token: its path below /api/v1. */
const uploadPath = async (token: string) => (await createUpload(app, token, 10)).headers.get("location")!.replace("/api/v1", "");
/** A story the teller told with a recording they agreed to keep, uploaded in full. */
async function spokenStoryOfTeller() {
  const spoken = await json(app.request(`/api/v1/collections/${ids.collection}/stories`, {
    method: "POST", token: org.tokens.teller, json: { ...story, consent: { research: true, keepRecording: true } },
  }));
  await uploadRecording(app, spoken.recordingUpload.token, fakeAudio(1000));
  return spoken.id as string;
}
const sessionInput = () => ({ collectionId: ids.collection, title: "Intervisie", storyIds: [ids.tellerStory] });

async function newBooklet(published = false): Promise<{ id: string; slug: string }> {
  return json(app.request("/api/v1/booklets", { method: "POST", token: org.adminToken, json: { title: "Boekje", storyIds: [], published } }));
}

async function subjectPseudonym(): Promise<string> {
  const told = await json(app.request(`/api/v1/collections/${ids.collection}/stories`, { method: "POST", token: org.adminToken, json: { ...story, subjectRef: "KLANT-1" } }));
  return (await json(app.request(`/api/v1/stories/${told.id}`, { token: org.adminToken }))).subjectPseudonym;
}

/** A fresh API token of the caller (an anonymous caller gets the teller's), to revoke. */
async function tokenIdOf(caller: Caller) {
  const token = org.tokens[caller === "anonymous" ? "teller" : caller];
  return (await json(app.request("/api/v1/api-tokens", { method: "POST", token, json: { name: "intrekken" } }))).id as string;
}

/** The caller's own reading of the teller's story (a colleague and up), or an id nobody has. */
async function ownReading(caller: Caller): Promise<string> {
  if (caller === "anonymous" || caller === "teller") return crypto.randomUUID();
  const token = caller === "admin" ? org.adminToken : org.tokens[caller];
  return (await json(app.request(`/api/v1/stories/${ids.tellerStory}/interpretations`, { method: "POST", token, json: { answers: {} } }))).id;
}

async function demoId(): Promise<string> {
  const { demoCollectionId } = await json(app.request("/api/v1/getting-started", { token: org.adminToken }));
  return demoCollectionId ?? (await json(app.request("/api/v1/demo-collections", { method: "POST", token: org.adminToken, json: { count: 10 } }))).id;
}

async function removeDemo() {
  const { demoCollectionId } = await json(app.request("/api/v1/getting-started", { token: org.adminToken }));
  if (demoCollectionId) await app.request(`/api/v1/demo-collections/${demoCollectionId}`, { method: "DELETE", token: org.adminToken });
}

async function receiptToken() {
  const told = await json(app.request(`/api/v1/public-collections/${ids.slug}/stories`, { method: "POST", json: story }));
  return (told.receiptUrl as string).split("/bon/")[1];
}

function expected(probe: Probe, caller: Caller): "ok" | 401 | 403 | 409 | "not-auth-error" {
  if (probe.allowed === "public") return "not-auth-error";
  if (caller === "anonymous") return 401;
  if (typeof probe.allowed === "string") return rank(caller) >= rank(probe.allowed) ? "ok" : 403;
  return probe.allowed[caller] ?? 403;
}

beforeAll(async () => {
  app = await createTestApp();
  org = await makeOrganization(app);
  const { framework, collection } = await makeCollection(app, org.adminToken);
  ids = { framework: framework.id, collection: collection.id, slug: collection.slug, tellerStory: "", session: "", spokenStory: "" };
  ids.tellerStory = await tellAs(org.tokens.teller);
  ids.spokenStory = await spokenStoryOfTeller();
  ids.session = (await json(app.request("/api/v1/intervision-sessions", { method: "POST", token: org.tokens.colleague, json: sessionInput() }))).id;
});
afterAll(() => app.close());

describe("role × route policy matrix", () => {
  it("covers every operation in the OpenAPI document", async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(operations.filter((id) => !(id in table))).toEqual([]);
  });

  for (const [operationId, probe] of Object.entries(table)) {
    it(operationId, async () => {
      for (const caller of callers) {
        const token = caller === "anonymous" ? undefined
          : probe.token ? await probe.token(caller)
          : operationId === "deleteCurrentSession" ? await freshSessionToken(caller)
          : caller === "admin" ? org.adminToken : org.tokens[caller];
        const req = await probe.request(caller);
        const res = await app.request(`/api/v1${req.path}`, { method: req.method ?? "GET", token, json: req.json, body: req.body, headers: req.headers });
        await res.body?.cancel();
        const want = expected(probe, caller);
        const label = `${operationId} as ${caller}: ${res.status}`;
        if (want === "ok") expect(res.status, label).toBeLessThan(300);
        else if (want === "not-auth-error") expect([401, 403], label).not.toContain(res.status);
        else expect(res.status, label).toBe(want);
      }
    });
  }
});
