import { z } from "@hono/zod-openapi";
import { Framework, FrameworkInput, FrameworkTemplate } from "../../contract/frameworks.ts";
import { frameworkDefinition } from "../../core/framework.ts";
import { frameworkTemplates } from "../../core/templates/sociaal-domein-klantmanagers.ts";
import { reach } from "../access.ts";
import type { Api, AppDeps } from "../context.ts";
import { createFramework, findFramework, listFrameworks, reviseFramework } from "../frameworks/repository.ts";
import { presentFramework } from "../frameworks/present.ts";
import { forgetFrameworkVersion } from "../stories/tell.ts";
import { defineRoute, signedIn, IdParam, jsonBody, jsonContent } from "../openapi.ts";
import { authorize } from "../policy.ts";

export function registerFrameworkRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "post", path: "/frameworks", tags: ["Frameworks"], operationId: "createFramework", security: signedIn,
      summary: "A set of prompts and signification questions (admin)", request: { body: jsonBody(FrameworkInput) }, errors: [401, 403],
      responses: { 201: jsonContent(Framework, "Created, version 1") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "framework:manage");
      const id = await createFramework(db, caller.organizationId, c.req.valid("json"));
      return c.json(presentFramework(await findFramework(db, caller.organizationId, id)), 201);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/frameworks", tags: ["Frameworks"], operationId: "listFrameworks", security: signedIn,
      summary: "The organization's frameworks (current versions)", errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(Framework) }), "Frameworks") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "framework:read");
      return c.json({ items: (await listFrameworks(db, caller.organizationId)).map(presentFramework) }, 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/frameworks/{id}", tags: ["Frameworks"], operationId: "getFramework", security: signedIn,
      summary: "One framework", request: { params: IdParam }, errors: [401, 404],
      responses: { 200: jsonContent(Framework, "The current version") } }),
    async (c) => {
      const { resource } = await reach(db, c.get("caller"), "framework", c.req.valid("param").id, "framework:read");
      return c.json(presentFramework(resource), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "put", path: "/frameworks/{id}", tags: ["Frameworks"], operationId: "reviseFramework", security: signedIn,
      summary: "Save a new version; stories keep the version they were told with (admin)",
      request: { params: IdParam, body: jsonBody(FrameworkInput) }, errors: [401, 403, 404],
      responses: { 200: jsonContent(Framework, "The new version") } }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { caller } = await reach(db, c.get("caller"), "framework", id, "framework:manage");
      await reviseFramework(db, caller.organizationId, id, c.req.valid("json"));
      forgetFrameworkVersion(id);
      return c.json(presentFramework(await findFramework(db, caller.organizationId, id)), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "get", path: "/framework-templates", tags: ["Frameworks"], operationId: "listFrameworkTemplates",
      summary: "Ready-made frameworks to start from", security: signedIn, errors: [401],
      responses: { 200: jsonContent(z.object({ items: z.array(FrameworkTemplate) }), "Templates") } }),
    (c) => {
      authorize(c.get("caller"), "framework:read");
      return c.json({ items: frameworkTemplates.map((t) => ({ id: t.id, framework: frameworkDefinition.parse(t.framework) })) }, 200);
    },
  );
}
