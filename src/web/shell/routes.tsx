// The staff route table. Pages load on demand, one small chunk each; minRole mirrors the server's
// policy so people do not see pages their role cannot use (the server checks again).
import { lazy, type ReactNode } from "react";
import type { Role } from "../toolkit/session.tsx";
import { matchRoute } from "../toolkit/router.tsx";

const StoryListPage = lazy(() => import("../stories/StoryListPage.tsx"));
const StoryPage = lazy(() => import("../stories/StoryPage.tsx"));
const CollectionListPage = lazy(() => import("../collections/CollectionListPage.tsx"));
const NewCollectionPage = lazy(() => import("../collections/NewCollectionPage.tsx"));
const CollectionPage = lazy(() => import("../collections/CollectionPage.tsx"));
const DashboardPage = lazy(() => import("../patterns/DashboardPage.tsx"));
const FrameworkDashboardPage = lazy(() => import("../patterns/FrameworkDashboardPage.tsx"));
const AgreementPage = lazy(() => import("../agreement/AgreementPage.tsx"));
const PatternFollowUpsPage = lazy(() => import("../pattern-follow-ups/PatternFollowUpsPage.tsx"));
const PeriodsPage = lazy(() => import("../periods/PeriodsPage.tsx"));
const StaffTellPage = lazy(() => import("../tell/StaffTellPage.tsx"));
const FrameworkListPage = lazy(() => import("../frameworks/FrameworkListPage.tsx"));
const NewFrameworkPage = lazy(() => import("../frameworks/NewFrameworkPage.tsx"));
const FrameworkPage = lazy(() => import("../frameworks/FrameworkPage.tsx"));
const MembersPage = lazy(() => import("../people/MembersPage.tsx"));
const ImportPage = lazy(() => import("../imports/ImportPage.tsx"));
const BookletListPage = lazy(() => import("../booklets/BookletListPage.tsx"));
const BookletPage = lazy(() => import("../booklets/BookletPage.tsx"));
const IntervisionListPage = lazy(() => import("../intervision/IntervisionListPage.tsx"));
const IntervisionPage = lazy(() => import("../intervision/IntervisionPage.tsx"));
const MyStoriesPage = lazy(() => import("../stories/MyStoriesPage.tsx"));
const ThemesPage = lazy(() => import("../themes/ThemesPage.tsx"));
const SubjectTimelinePage = lazy(() => import("../subjects/SubjectTimelinePage.tsx"));
const SettingsPage = lazy(() => import("../settings/SettingsPage.tsx"));
const AuditLogPage = lazy(() => import("../audit/AuditLogPage.tsx"));
const ErasurePage = lazy(() => import("../erasure/ErasurePage.tsx"));
const ApiTokensPage = lazy(() => import("../api-tokens/ApiTokensPage.tsx"));
const InvitationsPage = lazy(() => import("../rounds/InvitationsPage.tsx"));
const SectorListPage = lazy(() => import("../sector/SectorListPage.tsx"));
const SectorPage = lazy(() => import("../sector/SectorPage.tsx"));
const SectorAdminPage = lazy(() => import("../sector-admin/SectorAdminPage.tsx"));
const SectorManagePage = lazy(() => import("../sector-admin/SectorManagePage.tsx"));
const SectorLinkPage = lazy(() => import("../sector-admin/LinkPage.tsx"));

interface Route {
  pattern: string;
  minRole: Role;
  render: (params: Record<string, string>) => ReactNode;
}

// More specific patterns first: /collections/new before /collections/:id.
const routes: Route[] = [
  { pattern: "/stories", minRole: "teller", render: () => <StoryListPage /> },
  { pattern: "/stories/:id", minRole: "teller", render: ({ id }) => <StoryPage id={id!} /> },
  { pattern: "/collections", minRole: "teller", render: () => <CollectionListPage /> },
  { pattern: "/collections/new", minRole: "admin", render: () => <NewCollectionPage /> },
  { pattern: "/collections/:id", minRole: "teller", render: ({ id }) => <CollectionPage id={id!} /> },
  { pattern: "/collections/:id/tell", minRole: "teller", render: ({ id }) => <StaffTellPage collectionId={id!} /> },
  { pattern: "/collections/:id/patterns", minRole: "colleague", render: ({ id }) => <DashboardPage id={id!} /> },
  { pattern: "/collections/:id/agreement", minRole: "analyst", render: ({ id }) => <AgreementPage id={id!} /> },
  { pattern: "/collections/:id/pattern-follow-ups", minRole: "analyst", render: ({ id }) => <PatternFollowUpsPage id={id!} /> },
  { pattern: "/collections/:id/periods", minRole: "colleague", render: ({ id }) => <PeriodsPage id={id!} /> },
  { pattern: "/frameworks", minRole: "colleague", render: () => <FrameworkListPage /> },
  { pattern: "/frameworks/new", minRole: "admin", render: () => <NewFrameworkPage /> },
  { pattern: "/frameworks/:id", minRole: "colleague", render: ({ id }) => <FrameworkPage id={id!} /> },
  { pattern: "/frameworks/:id/patterns", minRole: "colleague", render: ({ id }) => <FrameworkDashboardPage id={id!} /> },
  { pattern: "/members", minRole: "admin", render: () => <MembersPage /> },
  { pattern: "/collections/:id/import", minRole: "analyst", render: ({ id }) => <ImportPage collectionId={id!} /> },
  { pattern: "/booklets", minRole: "analyst", render: () => <BookletListPage /> },
  { pattern: "/booklets/:id", minRole: "analyst", render: ({ id }) => <BookletPage id={id!} /> },
  { pattern: "/intervisie", minRole: "colleague", render: () => <IntervisionListPage /> },
  { pattern: "/intervisie/:id", minRole: "colleague", render: ({ id }) => <IntervisionPage id={id!} /> },
  { pattern: "/mijn-verhalen", minRole: "teller", render: () => <MyStoriesPage /> },
  { pattern: "/sector", minRole: "colleague", render: () => <SectorListPage /> },
  { pattern: "/sector/:id", minRole: "colleague", render: ({ id }) => <SectorPage id={id!} /> },
  { pattern: "/sector-admin", minRole: "admin", render: () => <SectorAdminPage /> },
  { pattern: "/sector-admin/sectors/:id", minRole: "admin", render: ({ id }) => <SectorManagePage id={id!} /> },
  { pattern: "/sector-admin/links/:id", minRole: "admin", render: ({ id }) => <SectorLinkPage id={id!} /> },
  { pattern: "/themes", minRole: "analyst", render: () => <ThemesPage /> },
  { pattern: "/clients/:pseudonym", minRole: "analyst", render: ({ pseudonym }) => <SubjectTimelinePage pseudonym={pseudonym!} /> },
  { pattern: "/settings", minRole: "admin", render: () => <SettingsPage /> },
  { pattern: "/audit-log", minRole: "admin", render: () => <AuditLogPage /> },
  { pattern: "/erasure", minRole: "admin", render: () => <ErasurePage /> },
  { pattern: "/api-tokens", minRole: "teller", render: () => <ApiTokensPage /> },
  { pattern: "/collections/:id/rounds/:roundId", minRole: "colleague", render: ({ id, roundId }) => <InvitationsPage collectionId={id!} roundId={roundId!} /> },
];

export function findRoute(path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchRoute(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}
