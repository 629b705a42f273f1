import type { Story } from "../../contract/stories.ts";
import type { Interpretation } from "../interpretations/model.ts";

export interface SessionSummary {
  id: string;
  title: string;
  collectionId: string;
  status: "open" | "closed";
  storyCount: number;
  createdAt: string;
  closedAt: string | null;
}

export interface Session extends Omit<SessionSummary, "storyCount"> {
  facilitatorName: string | null;
  facilitatedByMe: boolean;
  joinUrl: string;
  conclusions: string | null;
  stories: Story[];
  placements: Interpretation[];
  actions: { id: string; storyId: string; text: string; createdAt: string }[];
}
