// The booklet shapes the API answers with (src/server/routes/booklets.ts).
export interface BookletStory {
  id: string;
  title: string | null;
  text: string;
  toldAt: string;
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
}

export interface PublicBooklet {
  title: string;
  introduction: string;
  stories: BookletStory[];
}
