import { z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, signedIn, jsonBody, jsonContent } from "../openapi.ts";
import { createAccount, createOrganization, instanceHasUsers, markOperator, signIn } from "../people/accounts.ts";
import { conflict } from "../problem.ts";
import { authorizeOperator } from "../policy.ts";

const Link = z.object({ href: z.string() });
const Landing = z.object({
  name: z.string(),
  version: z.string(),
  setupRequired: z.boolean(),
  links: z.record(z.string(), Link),
}).openapi("Landing");

const password = z.string().min(10).max(200);
const SetupInput = z.object({
  organizationName: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: z.string().email().max(254),
  password,
}).openapi("SetupInput");
const OrganizationRef = z.object({ id: z.string().uuid(), name: z.string() }).openapi("OrganizationRef");
const SetupResult = z.object({
  organization: OrganizationRef,
  user: z.object({ id: z.string().uuid(), email: z.string() }),
  token: z.string(),
}).openapi("SetupResult");
const OrganizationInput = z.object({
  name: z.string().trim().min(1).max(200),
  adminName: z.string().trim().min(1).max(200),
  adminEmail: z.string().email().max(254),
  adminPassword: password,
}).openapi("OrganizationInput");
const OrganizationCreated = z.object({ organization: OrganizationRef, token: z.string() }).openapi("OrganizationCreated");

export function registerInstanceRoutes(api: Api, { database, auth }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "get", path: "/", tags: ["Instance"], summary: "Landing document with links", operationId: "getLanding",
      responses: { 200: jsonContent(Landing, "Links to the API's resources") } }),
    async (c) =>
      c.json({
        name: "Vertelpunt",
        version: "1.0.0",
        setupRequired: !(await instanceHasUsers(db)),
        links: Object.fromEntries(
          ["openapi.json", "setup", "sessions", "frameworks", "framework-templates", "collections", "stories", "members", "teams"].map(
            (p) => [p.replace(/[-.](\w)/g, (_m, ch: string) => ch.toUpperCase()), { href: `/api/v1/${p}` }],
          ),
        ),
      }, 200),
  );

  api.openapi(
    defineRoute({ method: "post", path: "/setup", tags: ["Instance"], operationId: "setUpInstance",
      summary: "First organization and its admin; only while the instance has no users",
      request: { body: jsonBody(SetupInput) }, errors: [409],
      responses: { 201: jsonContent(SetupResult, "The organization, its admin and a token") } }),
    async (c) => {
      const input = c.req.valid("json");
      if (await instanceHasUsers(db)) throw conflict("setupDone");
      const userId = await createAccount(auth, db, { name: input.name, email: input.email, password: input.password });
      await markOperator(db, userId);
      const organization = await createOrganization(auth, db, input.organizationName, userId);
      const session = await signIn(auth, input.email, input.password);
      for (const cookie of session.headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
      return c.json({ organization, user: { id: userId, email: input.email.toLowerCase() }, token: session.token }, 201);
    },
  );

  api.openapi(
    defineRoute({ method: "post", path: "/organizations", tags: ["Instance"], operationId: "createOrganization",
      summary: "A new organization with its admin (instance operator only)", security: signedIn,
      request: { body: jsonBody(OrganizationInput) }, errors: [401, 403, 409],
      responses: { 201: jsonContent(OrganizationCreated, "The organization and its admin's token") } }),
    async (c) => {
      authorizeOperator(c.get("caller"));
      const input = c.req.valid("json");
      const userId = await createAccount(auth, db, { name: input.adminName, email: input.adminEmail, password: input.adminPassword });
      const organization = await createOrganization(auth, db, input.name, userId);
      const session = await signIn(auth, input.adminEmail, input.adminPassword);
      return c.json({ organization, token: session.token }, 201);
    },
  );
}
