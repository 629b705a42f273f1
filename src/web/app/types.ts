// The shapes the API answers with (see src/server/routes), as the web app uses them.
import type { FrameworkInput, Signifier } from "../../core/framework.ts";
import type { Role } from "./session.tsx";

export interface ListOf<T> {
  items: T[];
}

export interface Team {
  id: string;
  name: string;
  createdAt: string;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** false: an admin stopped their access. */
  active: boolean;
  teamIds: string[];
  createdAt: string;
}

export interface Prompt {
  id: string;
  text: string;
}

export interface Framework {
  id: string;
  version: number;
  name: string;
  language: string;
  description?: string;
  prompts: Prompt[];
  signifiers: Signifier[];
  translations?: Record<string, Record<string, string>>;
  easyLanguage?: Record<string, Record<string, string>>;
  pictograms?: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface FrameworkTemplate {
  id: string;
  framework: FrameworkInput;
}

export type CollectionState = "open" | "notYetOpen" | "closed";

export interface Collection {
  id: string;
  name: string;
  frameworkId: string;
  audience: "professionals" | "clients";
  anonymous: boolean;
  opensAt: string | null;
  closesAt: string | null;
  teamId: string | null;
  retentionMonths: number | null;
  slug: string;
  publicUrl: string;
  state: CollectionState;
  /** Invented stories to show how Vertelpunt works. */
  demo: boolean;
  createdAt: string;
}

export type Channel = "web" | "interview" | "kiosk" | "import";

export interface Story {
  id: string;
  collectionId: string;
  frameworkId: string;
  frameworkVersion: number;
  title: string | null;
  text: string;
  language: string;
  promptId: string | null;
  answers: Record<string, unknown>;
  channel: Channel;
  subjectPseudonym: string | null;
  teamId: string | null;
  consent: { research: boolean; quoting: boolean; confirmedAloud: boolean };
  toldByMe: boolean;
  toldAt: string;
  createdAt: string;
  /** Search results only: the matching passages, search words marked. */
  snippet?: { text: string; match: boolean }[];
}

export interface StoryPage {
  items: Story[];
  nextCursor: string | null;
}
