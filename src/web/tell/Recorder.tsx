// Telling by voice: record (MediaRecorder), stop, listen back, remove; the time told and the limit
// are shown; every control is a plain button, so the keyboard reaches all of them. Keeping the
// recording needs its own consent; without it the recording is not sent.
import "./recorder.css";
import { useEffect, useRef, useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { CheckboxField } from "./fields.tsx";
import { messages } from "./messages.ts";

export const MAX_RECORDING_SECONDS = 5 * 60;
const TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm"];

export interface Recording {
  blob: Blob;
  seconds: number;
}

type Phase = "idle" | "recording" | "unsupported" | "denied";

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

export const canRecord = () => typeof window !== "undefined" && "MediaRecorder" in window && Boolean(navigator.mediaDevices?.getUserMedia);

interface Props {
  id: string;
  recording?: Recording;
  onRecording: (recording: Recording | undefined) => void;
  keep: boolean;
  onKeep: (keep: boolean) => void;
}

export function Recorder({ id, recording, onRecording, keep, onKeep }: Props) {
  const t = useT(messages);
  const [phase, setPhase] = useState<Phase>(canRecord() ? "idle" : "unsupported");
  const [elapsed, setElapsed] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [announce, setAnnounce] = useState("");
  const recorder = useRef<MediaRecorder>(undefined);
  const started = useRef(0);
  const audio = useRef<HTMLAudioElement>(null);
  const url = useObjectUrl(recording?.blob);
  // Start, stop and listen replace one another: the keyboard focus follows to the button now shown.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    const next = phase === "recording" ? "stop" : recording ? "listen" : "start";
    document.getElementById(`${id}-${next}`)?.focus();
  }, [id, phase, recording]);

  useEffect(() => {
    if (phase !== "recording") return;
    const timer = setInterval(() => {
      const seconds = (Date.now() - started.current) / 1000;
      setElapsed(seconds);
      if (seconds >= MAX_RECORDING_SECONDS) recorder.current?.stop();
    }, 250);
    return () => clearInterval(timer);
  }, [phase]);
  useEffect(() => () => recorder.current?.stream.getTracks().forEach((track) => track.stop()), []);

  const start = async () => {
    moved.current = true;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setPhase("denied");
      return;
    }
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
    const rec = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    rec.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
    rec.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      const seconds = Math.min(MAX_RECORDING_SECONDS, (Date.now() - started.current) / 1000);
      onRecording({ blob: new Blob(chunks, { type: rec.mimeType || mimeType || "audio/webm" }), seconds });
      setPhase("idle");
      setAnnounce(t("recorderStopped", { time: clock(seconds) }));
    };
    recorder.current = rec;
    started.current = Date.now();
    setElapsed(0);
    rec.start(1000);
    setPhase("recording");
    setAnnounce(t("recorderStarted"));
  };

  const listen = () => {
    const player = audio.current;
    if (!player) return;
    if (playing) player.pause();
    else void player.play();
  };

  const remove = () => {
    audio.current?.pause();
    onRecording(undefined);
    onKeep(false);
    setElapsed(0);
    setAnnounce(t("recorderRemoved"));
  };

  if (phase === "unsupported") return <p className="utrecht-paragraph vp-recorder__note">{t("recorderUnsupported")}</p>;
  const seconds = recording ? recording.seconds : elapsed;
  return (
    <div className="vp-recorder" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="vp-recorder__label">{t("recorderLabel")}</p>
      <p id={`${id}-hint`} className="utrecht-paragraph vp-recorder__hint">{t("recorderHint", { limit: clock(MAX_RECORDING_SECONDS) })}</p>
      <div className="vp-recorder__controls">
        {phase === "recording" ? (
          <button type="button" id={`${id}-stop`} className="utrecht-button utrecht-button--primary-action" onClick={() => recorder.current?.stop()}>
            <span className="vp-recorder__dot" aria-hidden="true" /> {t("recorderStop")}
          </button>
        ) : !recording ? (
          <button type="button" id={`${id}-start`} className="utrecht-button utrecht-button--secondary-action" aria-describedby={`${id}-hint`} onClick={() => void start()}>
            {t("recorderStart")}
          </button>
        ) : (
          <>
            <button type="button" id={`${id}-listen`} className="utrecht-button utrecht-button--secondary-action" aria-pressed={playing} onClick={listen}>
              {playing ? t("recorderPause") : t("recorderListen")}
            </button>
            <button type="button" id={`${id}-remove`} className="utrecht-button utrecht-button--subtle" onClick={remove}>
              {t("recorderRemove")}
            </button>
          </>
        )}
        <span className="vp-recorder__time">
          {t("recorderTime", { time: clock(seconds), limit: clock(MAX_RECORDING_SECONDS) })}
        </span>
      </div>
      {url && <audio ref={audio} src={url} preload="metadata" onPlay={() => setPlaying(true)} onPause={() => setPlaying(false)} onEnded={() => setPlaying(false)} />}
      {phase === "denied" && <p role="alert" className="utrecht-paragraph vp-recorder__note">{t("recorderDenied")}</p>}
      <p className="vp-visually-hidden" aria-live="polite">{announce}</p>
      {recording && (
        <CheckboxField
          id={`${id}-keep`} checked={keep} onChange={onKeep}
          label={<>{t("keepRecordingLabel")} <span className="vp-recorder__consent-hint">{t("keepRecordingHint")}</span></>}
        />
      )}
      {recording && !keep && <p className="utrecht-paragraph vp-recorder__note">{t("recordingNotSent")}</p>}
    </div>
  );
}

function useObjectUrl(blob: Blob | undefined) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return setUrl(undefined);
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}
