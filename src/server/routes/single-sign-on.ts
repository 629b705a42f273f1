// Single sign-on (OpenID Connect): which provider is set up, starting a sign-in, and the address
// the provider sends people back to. The flow itself is better-auth's (people/single-sign-on.ts).
import { z } from "@hono/zod-openapi";
import { SsoProviders, SsoSignIn, SsoSignInInput } from "../../contract/sign-in.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent } from "../openapi.ts";
import { ssoRefusal } from "../people/single-sign-on.ts";
import { notFound } from "../problem.ts";

const ProviderParam = z.object({ providerId: z.string().max(64).openapi({ param: { name: "providerId", in: "path" } }) });
// What the provider may send back (RFC 6749 §4.1.2, RFC 9207). Not in the OpenAPI document: the
// provider names these parameters, not us, and they are snake_case.
const CALLBACK_PARAMETERS = ["code", "state", "iss", "error", "error_description"];

function callbackQuery(query: Record<string, string>) {
  return Object.fromEntries(CALLBACK_PARAMETERS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]!.slice(0, 2000)]));
}

export function registerSingleSignOnRoutes(api: Api, { auth, config }: AppDeps) {
  const provider = config.sso ? { id: "oidc", name: config.sso.name } : undefined;
  const publicUrl = config.publicUrl.replace(/\/$/, "");

  api.openapi(
    defineRoute({ method: "get", path: "/sso-providers", tags: ["People"], operationId: "listSsoProviders",
      summary: "The single sign-on provider of this instance, if one is set up (for the sign-in page)",
      responses: { 200: jsonContent(SsoProviders, "Zero or one provider") } }),
    (c) => c.json({ items: provider ? [provider] : [] }, 200),
  );

  api.openapi(
    defineRoute({ method: "post", path: "/sso-sign-ins", tags: ["People"], operationId: "startSsoSignIn",
      summary: "Start signing in with the single sign-on provider: where to send the browser",
      request: { body: jsonBody(SsoSignInInput) }, errors: [404],
      responses: { 201: jsonContent(SsoSignIn, "Send the browser to authorizationUrl; the state travels in a cookie") } }),
    async (c) => {
      const { providerId, returnTo } = c.req.valid("json");
      if (!provider || providerId !== provider.id) throw notFound();
      const { headers, response } = await auth.api.signInSocial({
        body: { provider: providerId, callbackURL: `${publicUrl}${returnTo ?? "/stories"}`, errorCallbackURL: `${publicUrl}/login`, disableRedirect: true },
        headers: c.req.raw.headers, returnHeaders: true,
      });
      if (!response.url) throw new Error("better-auth gave no authorization URL");
      for (const cookie of headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
      return c.json({ authorizationUrl: response.url }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/sso-callbacks/{providerId}", tags: ["People"], operationId: "finishSsoSignIn",
      summary: "Where the provider sends the browser back to: signs in the member with that e-mail address",
      description: "Redirects to the page asked for, with the session cookie; or to /login?ssoError=unknownMember when no member has the e-mail address the provider gave, /login?ssoError=failed otherwise.",
      request: { params: ProviderParam }, errors: [404],
      responses: { 302: { description: "To the app (signed in) or back to the sign-in page with the reason" } } }),
    async (c) => {
      const { providerId } = c.req.valid("param");
      if (!provider || providerId !== provider.id) throw notFound();
      const answer = await auth.api.callbackOAuth({
        params: { id: providerId }, query: callbackQuery(c.req.query()), headers: c.req.raw.headers, asResponse: true,
      }) as Response;
      const location = answer.headers.get("location");
      const refusal = ssoRefusal(location);
      if (refusal) return c.redirect(`/login?ssoError=${refusal}`, 302);
      for (const cookie of answer.headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
      return c.redirect(location!, 302);
    },
  );
}
