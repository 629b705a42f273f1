// The organization's own settings: the small-group threshold k (below analyst, aggregates hide
// counts of 1 … k − 1 stories: core/privacy/small-cells.ts) and whether its sectors may show its name.
import { OrganizationSettings } from "../../contract/organization.ts";
import type { Api, AppDeps } from "../context.ts";
import { defineRoute, jsonBody, jsonContent, signedIn } from "../openapi.ts";
import { authorize } from "../policy.ts";
import { sectorShowNameOf, setSectorShowName, setSmallCellK, smallCellKOf } from "../stories/organization-keys.ts";
import type { Db } from "../../db/client.ts";

const settingsOf = async (db: Db, organizationId: string) => ({ smallCellK: await smallCellKOf(db, organizationId), sectorShowName: await sectorShowNameOf(db, organizationId) });

export function registerOrganizationSettingRoutes(api: Api, { database }: AppDeps) {
  const { db } = database;

  api.openapi(
    defineRoute({ method: "get", path: "/organization-settings", tags: ["Trust"], operationId: "getOrganizationSettings", security: signedIn,
      summary: "The organization's settings", errors: [401], responses: { 200: jsonContent(OrganizationSettings, "The settings") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "collection:read");
      return c.json(await settingsOf(db, caller.organizationId), 200);
    },
  );

  api.openapi(
    defineRoute({ method: "patch", path: "/organization-settings", tags: ["Trust"], operationId: "updateOrganizationSettings", security: signedIn,
      summary: "Change the organization's settings (admin)", request: { body: jsonBody(OrganizationSettings.partial()) }, errors: [401, 403],
      responses: { 200: jsonContent(OrganizationSettings, "The settings") } }),
    async (c) => {
      const caller = authorize(c.get("caller"), "settings:manage");
      const { smallCellK, sectorShowName } = c.req.valid("json");
      if (smallCellK !== undefined) await setSmallCellK(db, caller.organizationId, smallCellK);
      if (sectorShowName !== undefined) await setSectorShowName(db, caller.organizationId, sectorShowName);
      return c.json(await settingsOf(db, caller.organizationId), 200);
    },
  );
}
