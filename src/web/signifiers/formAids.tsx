// Aids for tellers who read with difficulty: pictograms beside options, items and triad corners
// (always, where the framework has them), and in easy mode large targets and a read-aloud button
// for each question and option, spoken by the browser's own speech synthesis in the form's language.
// Nothing leaves the device: speechSynthesis runs locally or through the browser's own voice service.
import "./formAids.css";
import { createContext, type ReactNode, useContext } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { Pictogram } from "../pictograms/Pictogram.tsx";
import { messages } from "./messages.ts";

interface Aids {
  easy: boolean;
  /** The language the framework's words are shown in, for the voice. */
  speechLang?: string;
  /** Pictograms by text key (core/framework-texts.ts). */
  pictograms: Readonly<Record<string, string>>;
}

const AidsContext = createContext<Aids>({ easy: false, pictograms: {} });

export function FormAids({ children, ...aids }: Aids & { children: ReactNode }) {
  return <AidsContext.Provider value={aids}>{children}</AidsContext.Provider>;
}

export const useFormAids = () => useContext(AidsContext);

/** The pictogram of a text key, if the framework gives it one. */
export function PictogramFor({ textKey, size }: { textKey: string; size?: "md" | "lg" }) {
  const { pictograms } = useFormAids();
  return <Pictogram name={pictograms[textKey]} size={size} />;
}

export function speak(text: string, lang: string | undefined) {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  if (lang) utterance.lang = lang;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

/** A button that reads `text` aloud; only in easy mode and where the browser can speak. */
export function ReadAloud({ text }: { text: string }) {
  const { easy, speechLang } = useFormAids();
  const t = useT(messages);
  if (!easy || typeof window === "undefined" || !("speechSynthesis" in window)) return null;
  return (
    <button type="button" className="vp-read-aloud" aria-label={t("readAloudItem", { text })} onClick={() => speak(text, speechLang)}>
      <Pictogram name="volume-2" />
      <span className="vp-read-aloud__text" aria-hidden="true">{t("readAloud")}</span>
    </button>
  );
}
