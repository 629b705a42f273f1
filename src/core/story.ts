// What a teller sends. Answers are checked separately against the framework (answers.ts).
import { z } from "zod";

export const MAX_STORY_TEXT = 20_000;
export const storyChannels = ["web", "interview", "kiosk", "import"] as const;

export const storyInput = z.object({
  title: z.string().trim().max(200).optional(),
  /** May be empty only when the teller recorded the story and agreed to keep the recording (consent.keepRecording). */
  text: z.string().trim().max(MAX_STORY_TEXT),
  promptId: z.string().max(64).optional(),
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  answers: z.record(z.string(), z.unknown()).default({}),
  channel: z.enum(storyChannels).optional(),
  /** The client's own reference; stored only as a keyed pseudonym. */
  subjectRef: z.string().trim().min(1).max(200).optional(),
  toldAt: z.string().datetime({ offset: true }).optional(),
  consent: z.object({
    research: z.boolean(),
    quoting: z.boolean().optional(),
    /** The story, without personal data, may be shared with the organization's sector (off by default). */
    sector: z.boolean().optional(),
    /** Interview mode: the colleague asked for consent aloud and records that here. */
    confirmedAloud: z.boolean().optional(),
    /** Separate from research: the teller's voice recording may be kept (off unless given). */
    keepRecording: z.boolean().optional(),
  }),
});
export type StoryInput = z.infer<typeof storyInput>;
