import type { Channel, Story } from "../../contract/stories.ts";
import type { storyMessages } from "./messages.ts";

export const channelLabels: Record<Channel, keyof typeof storyMessages> = {
  web: "channelWeb",
  interview: "channelInterview",
  kiosk: "channelKiosk",
  import: "channelImport",
};

/** The start of a story's text for a list, cut at `chars` with an ellipsis. */
export const excerpt = (text: string, chars = 160) => (text.length > chars ? `${text.slice(0, chars)}…` : text);

/** The story's title, or its first words when it has none. */
export function storyHeading(story: Pick<Story, "title" | "text">, words = 10): { text: string; truncated: boolean } {
  if (story.title?.trim()) return { text: story.title.trim(), truncated: false };
  const all = story.text.trim().split(/\s+/);
  return { text: all.slice(0, words).join(" "), truncated: all.length > words };
}

/** What to show as a story's name: its title, its first words (…), or, for a spoken story without text yet, that it has none. */
export function shownHeading(heading: { text: string; truncated: boolean }, t: (key: "untitled" | "withoutText", values?: Record<string, string>) => string): string {
  if (!heading.text) return t("withoutText");
  return heading.truncated ? t("untitled", { words: heading.text }) : heading.text;
}

/** The name of a story's language in the reader's language ("Engels", "Tigrinya"); the code when the browser has no name for it. */
export function languageName(code: string, readerLang: string): string {
  try {
    return new Intl.DisplayNames([readerLang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
