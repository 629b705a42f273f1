// The voice recording of a story, for colleagues and up: a player (each play is in the audit log,
// so nothing loads before play is pressed), whether the text is a transcript, and a field to type
// the transcript when no transcription service made one.
import { useState } from "react";
import { api } from "../toolkit/api.ts";
import { useT } from "../toolkit/i18n.tsx";
import type { Recording } from "../../contract/recordings.ts";
import type { Story } from "../../contract/stories.ts";
import { useResource } from "../toolkit/useResource.ts";
import { storyMessages } from "./messages.ts";

export function StoryRecording({ story, onTranscribed }: { story: Story; onTranscribed: () => void }) {
  const t = useT(storyMessages);
  const recording = useResource<Recording>(`/stories/${story.id}/recording`);
  const info = recording.data;
  return (
    <section className="vp-card" aria-labelledby="opname">
      <h2 className="utrecht-heading-2" id="opname">{t("recordingHeading")}</h2>
      {!info ? (
        <p className="utrecht-paragraph">{recording.loading ? t("recordingLoading") : t("recordingMissing")}</p>
      ) : !info.complete ? (
        <p className="utrecht-paragraph">{t("recordingIncomplete")}</p>
      ) : (
        <>
          <audio className="vp-story-recording__player" controls preload="none" src={info.audioUrl} aria-label={t("recordingPlayer")} />
          <p className="utrecht-paragraph vp-muted">{t("recordingAudited")}</p>
        </>
      )}
      {story.transcriptSource && <p className="utrecht-paragraph">{t(story.transcriptSource === "service" ? "transcriptByService" : "transcriptByColleague")}</p>}
      {info?.complete && !story.transcriptSource && <TypeTranscript storyId={story.id} onSaved={onTranscribed} />}
    </section>
  );
}

function TypeTranscript({ storyId, onSaved }: { storyId: string; onSaved: () => void }) {
  const t = useT(storyMessages);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const save = async () => {
    try {
      await api(`/stories/${storyId}/transcript`, { method: "PUT", json: { text } });
      onSaved();
    } catch (error) {
      setProblem((error as Error).message || t("transcriptFailed"));
    }
  };
  return (
    <form className="vp-stack" onSubmit={(e) => {
      e.preventDefault();
      if (text.trim()) void save();
    }}>
      <label className="utrecht-form-label" htmlFor="transcript-text">{t("transcriptLabel")}</label>
      <p className="utrecht-paragraph vp-muted" id="transcript-hint">{t("transcriptHint")}</p>
      <textarea id="transcript-text" className="utrecht-textarea" rows={6} aria-describedby="transcript-hint" value={text} onChange={(e) => setText(e.target.value)} />
      {problem && <p role="alert" className="utrecht-paragraph">{problem}</p>}
      <div><button type="submit" className="utrecht-button utrecht-button--secondary-action">{t("transcriptSave")}</button></div>
    </form>
  );
}
