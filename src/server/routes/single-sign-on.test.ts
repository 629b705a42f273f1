// Single sign-on against a real OpenID Connect provider (oidc-provider) started here on a random
// port. The browser is played by hand: plain fetch, redirects followed one by one, a cookie jar per
// site. The provider's own login and consent pages (its development interactions) accept any
// account id; the account's e-mail claim is that id.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeOrganization, type Organization, PASSWORD } from "../../testing/fixtures.ts";
import { createTestApp, TEST_ORIGIN, type TestApp } from "../../testing/test-app.ts";

const CLIENT = { id: "vertelpunt", secret: "een-geheim-van-de-test-idp-0123456789" };
let idp: Server;
let issuer: string;
let app: TestApp;
let org: Organization;

async function startProvider() {
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT.id, client_secret: CLIENT.secret, grant_types: ["authorization_code"], response_types: ["code"],
      redirect_uris: [`${TEST_ORIGIN}/api/v1/sso-callbacks/oidc`],
    }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: id, email_verified: true, name: "SSO" }) }),
    cookies: { keys: ["test-cookie-key"] },
  });
  idp.on("request", provider.callback());
}

/** Cookies per site, as a browser keeps them (name=value only; the test never needs attributes). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      const value = pair!.slice(at + 1);
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(pair!.slice(0, at));
      else this.cookies.set(pair!.slice(0, at), value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** The provider's side: from the authorization URL through login and consent to the redirect back. */
async function signInAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, { method: body ? "POST" : "GET", body, redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(res);
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get("location")!, url);
      if (url.origin !== issuer) return url;
      continue;
    }
    const page = await res.text();
    expect(res.status, page).toBe(200);
    // The login page, then the consent page: submit what a person would.
    const prompt = page.match(/name="prompt" value="(\w+)"/)?.[1];
    url = new URL(page.match(/action="([^"]+)"/)![1]!, url);
    body = new URLSearchParams(prompt === "login" ? { prompt, login: accountId, password: "wat-dan-ook" } : { prompt: prompt! });
  }
  throw new Error("the provider never sent the browser back");
}

/** The whole flow as a browser: returns Vertelpunt's final redirect and the cookies it set. */
async function singleSignOn(accountId: string) {
  const appJar = new CookieJar();
  const started = await app.request("/api/v1/sso-sign-ins", { method: "POST", json: { providerId: "oidc", returnTo: "/collections" } });
  expect(started.status).toBe(201);
  appJar.take(started);
  const { authorizationUrl } = await started.json();
  expect(new URL(authorizationUrl).origin).toBe(issuer);
  const back = await signInAtProvider(authorizationUrl, accountId);
  expect(`${back.origin}${back.pathname}`).toBe(`${TEST_ORIGIN}/api/v1/sso-callbacks/oidc`);
  expect(back.searchParams.get("code")).toBeTruthy();
  const finished = await app.request(back.pathname + back.search, { headers: { cookie: appJar.header() } });
  expect(finished.status).toBe(302);
  appJar.take(finished);
  return { location: finished.headers.get("location")!, cookie: appJar.header() };
}

beforeAll(async () => {
  await startProvider();
  app = await createTestApp({ sso: { issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret, name: "Gemeente-account" } });
  org = await makeOrganization(app);
});
afterAll(async () => {
  await app.close();
  await new Promise((resolve) => idp.close(resolve));
});

describe("single sign-on with OpenID Connect", () => {
  it("names the provider for the sign-in page", async () => {
    expect(await json(app.request("/api/v1/sso-providers"))).toEqual({ items: [{ id: "oidc", name: "Gemeente-account" }] });
  });

  it("signs in the member whose e-mail address the provider gives, with that member's role", async () => {
    const members = await json(app.request("/api/v1/members", { token: org.adminToken }));
    const colleague = members.items.find((m: { role: string }) => m.role === "colleague");
    const { location, cookie } = await singleSignOn(colleague.email);
    expect(location).toBe(`${TEST_ORIGIN}/collections`);
    const me = await app.request("/api/v1/sessions/current", { headers: { cookie } });
    expect(me.status).toBe(200);
    const expected = await json(app.request("/api/v1/sessions/current", { token: org.tokens.colleague }));
    expect(await me.json()).toMatchObject({ userId: expected.userId, role: "colleague", organizationId: org.organizationId });
  });

  it("signs in an admin who has two-factor sign-in without Vertelpunt's code: the provider's own multi-factor sign-in applies", async () => {
    // The fixture's admin has two-factor sign-in: with the password, Vertelpunt asks for the code.
    const withPassword = await app.request("/api/v1/sessions", { method: "POST", json: { email: org.emails.admin, password: PASSWORD } });
    expect(withPassword.status).toBe(202);
    const { location, cookie } = await singleSignOn(org.emails.admin);
    expect(location).toBe(`${TEST_ORIGIN}/collections`);
    expect(cookie).toContain("session_token");
    expect(cookie).not.toContain("two_factor");
    expect(await json(app.request("/api/v1/sessions/current", { headers: { cookie } }))).toMatchObject({
      role: "admin", organizationId: org.organizationId, twoFactorEnabled: true, twoFactorEnrolmentRequired: false,
    });
    expect((await app.request("/api/v1/audit-events", { headers: { cookie } })).status).toBe(200);
  });

  it("does not hold back an admin without two-factor sign-in who came through the provider, only their password session", async () => {
    const email = `sso-beheer-${Date.now()}@example.nl`;
    await app.request("/api/v1/members", { method: "POST", token: org.adminToken, json: { name: "Beheer", email, password: PASSWORD, role: "admin" } });
    const { token } = await json(app.request("/api/v1/sessions", { method: "POST", json: { email, password: PASSWORD } }));
    const heldBack = await app.request("/api/v1/audit-events", { token });
    expect(heldBack.status).toBe(403);
    expect((await heldBack.json()).code).toBe("twoFactorEnrolmentRequired");

    const { cookie } = await singleSignOn(email);
    expect(await json(app.request("/api/v1/sessions/current", { headers: { cookie } }))).toMatchObject({
      role: "admin", twoFactorEnabled: false, twoFactorEnrolmentRequired: false,
    });
    expect((await app.request("/api/v1/audit-events", { headers: { cookie } })).status).toBe(200);
  });

  it("refuses an e-mail address that is no member's, and creates no account", async () => {
    const { location, cookie } = await singleSignOn("onbekend@elders.nl");
    expect(location).toBe("/login?ssoError=unknownMember");
    expect(cookie).not.toContain("session_token");
    const members = await json(app.request("/api/v1/members", { token: org.adminToken }));
    expect(members.items.map((m: { email: string }) => m.email)).not.toContain("onbekend@elders.nl");
    const password = await app.request("/api/v1/sessions", { method: "POST", json: { email: "onbekend@elders.nl", password: "een-lang-wachtwoord" } });
    expect(password.status).toBe(401);
  });

  it("refuses a callback without the state cookie of the sign-in that started it", async () => {
    const started = await json(app.request("/api/v1/sso-sign-ins", { method: "POST", json: { providerId: "oidc" } }));
    const back = await signInAtProvider(started.authorizationUrl, (await json(app.request("/api/v1/members", { token: org.adminToken }))).items[0].email);
    const res = await app.request(back.pathname + back.search);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?ssoError=failed");
    expect(res.headers.getSetCookie().join()).not.toContain("session_token=");
  });

  it("answers 404 for a provider that is not set up", async () => {
    expect((await app.request("/api/v1/sso-sign-ins", { method: "POST", json: { providerId: "google" } })).status).toBe(404);
    expect((await app.request("/api/v1/sso-callbacks/google?code=x&state=y")).status).toBe(404);
  });
});
