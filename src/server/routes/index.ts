import type { Api, AppDeps } from "../context.ts";
import { API_VERSION } from "../openapi.ts";
import { registerApiTokenRoutes } from "./api-tokens.ts";
import { registerCohortRoutes } from "./cohorts.ts";
import { registerCollectionRoutes } from "./collections.ts";
import { registerComparisonRoutes } from "./comparisons.ts";
import { registerAgreementRoutes } from "./agreement.ts";
import { registerAuditRoutes } from "./audit-events.ts";
import { registerBackupRoutes } from "./backups.ts";
import { registerEventRoutes } from "./events.ts";
import { registerInterpretationRoutes } from "./interpretations.ts";
import { registerIntervisionSessionRoutes } from "./intervision-sessions.ts";
import { registerExportRoutes } from "./exports.ts";
import { registerFollowUpRoutes } from "./follow-ups.ts";
import { registerFrameworkRoutes } from "./frameworks.ts";
import { registerHealthRoutes } from "./health.ts";
import { registerInstanceRoutes } from "./instance.ts";
import { registerListeningRoundRoutes } from "./listening-rounds.ts";
import { registerMemberRoutes } from "./members.ts";
import { registerOrganizationSettingRoutes } from "./organization-settings.ts";
import { registerPatternRoutes } from "./patterns.ts";
import { registerPublicCollectionRoutes } from "./public-collections.ts";
import { registerReceiptRoutes } from "./receipts.ts";
import { registerReflectionRoutes } from "./reflections.ts";
import { registerRedactionPreviewRoutes } from "./redaction-previews.ts";
import { registerSessionRoutes } from "./sessions.ts";
import { registerStoryImportRoutes } from "./story-imports.ts";
import { registerSubjectRoutes } from "./subjects.ts";
import { registerBookletRoutes } from "./booklets.ts";
import { registerSubjectErasureRoutes } from "./subject-erasures.ts";
import { registerSimilarStoryRoutes } from "./similar-stories.ts";
import { registerStoryRoutes } from "./stories.ts";
import { registerTeamRoutes } from "./teams.ts";
import { registerThemeRoutes } from "./themes.ts";
import { registerSingleSignOnRoutes } from "./single-sign-on.ts";
import { registerPosterRoutes } from "./posters.ts";
import { registerTwoFactorRoutes } from "./two-factor.ts";
import { registerInvitationRoutes } from "./invitations.ts";
import { registerPasswordResetRoutes } from "./password-resets.ts";
import { registerDemoCollectionRoutes } from "./demo-collections.ts";
import { registerGettingStartedRoutes } from "./getting-started.ts";
import { registerFrameworkImportRoutes } from "./framework-imports.ts";
import { registerRoundInvitationRoutes } from "./round-invitations.ts";
import { registerRecordingRoutes } from "./recordings.ts";
import { registerFrameworkTranslationRoutes } from "./framework-translations.ts";
import { registerSectorRoutes } from "./sectors.ts";
import { registerSectorLinkRoutes } from "./sector-links.ts";
import { registerSectorHubRoutes } from "./sector-hub.ts";
import { registerSectorViewRoutes } from "./sector-view.ts";

export function registerApiRoutes(api: Api, deps: AppDeps) {
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "API token or session token" });
  api.openAPIRegistry.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "better-auth.session_token" });
  for (const register of [
    registerInstanceRoutes, registerSessionRoutes, registerTwoFactorRoutes, registerSingleSignOnRoutes, registerApiTokenRoutes, registerMemberRoutes, registerTeamRoutes, registerOrganizationSettingRoutes,
    registerFrameworkRoutes, registerCollectionRoutes, registerListeningRoundRoutes, registerPublicCollectionRoutes, registerStoryRoutes, registerSimilarStoryRoutes, registerStoryImportRoutes, registerBookletRoutes, registerEventRoutes, registerHealthRoutes,
    registerInterpretationRoutes, registerIntervisionSessionRoutes, registerAgreementRoutes, registerAuditRoutes, registerRedactionPreviewRoutes,
    registerFollowUpRoutes, registerReceiptRoutes, registerReflectionRoutes, registerSubjectErasureRoutes, registerExportRoutes, registerPatternRoutes, registerThemeRoutes, registerComparisonRoutes, registerCohortRoutes, registerSubjectRoutes,
    registerPosterRoutes,
    registerInvitationRoutes, registerPasswordResetRoutes,
    registerDemoCollectionRoutes, registerGettingStartedRoutes,
    registerFrameworkImportRoutes,
    registerRoundInvitationRoutes,
    registerRecordingRoutes,
    registerFrameworkTranslationRoutes,
    registerSectorRoutes, registerSectorLinkRoutes, registerSectorHubRoutes, registerSectorViewRoutes,
    registerBackupRoutes,
  ]) register(api, deps);
  api.doc31("/openapi.json", openApiInfo(deps.config.publicUrl));
}

export function openApiInfo(publicUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Vertelpunt API",
      version: API_VERSION,
      description: "Collect practice stories, let tellers and colleagues give them meaning, and find patterns in what works.",
      contact: { name: "Vertelpunt maintainers", email: "vertelpunt@example.org", url: "https://vertelpunt.example.org" },
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: `${publicUrl.replace(/\/$/, "")}/api/v1`, description: "This instance" }],
    tags: ["Instance", "People", "Frameworks", "Collections", "Public", "Stories", "Interpretations", "Patterns", "Trust", "Health", "Sectors", "Sector hub"].map((name) => ({ name })),
  };
}
