// The booklet shapes the API answers with (src/server/routes/booklets.ts).
export type TellerRole = "client" | "professional" | "resident" | "unknown";

export interface BookletStory {
  id: string;
  title: string | null;
  text: string;
  toldAt: string;
  tellerRole: TellerRole;
}

/** How many of the organization's stories may be quoted, and why the others may not. */
export interface Quotability {
  stories: number;
  quotable: number;
  noQuotingConsent: number;
  withdrawn: number;
  erased: number;
  leftOut: number;
}

export interface BookletSummary {
  id: string;
  title: string;
  introduction: string;
  slug: string;
  published: boolean;
  publicUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface Booklet extends BookletSummary {
  stories: BookletStory[];
  quoting: Quotability;
}

export interface PublicBooklet {
  organization: string;
  title: string;
  introduction: string;
  stories: BookletStory[];
}
