// WCAG 2.1 SC 3.1.2 (language of parts): a framework's prompts, questions and labels are written in
// the framework's language, whatever language the interface speaks. Where the two differ, every
// element showing framework words carries lang, so screen readers pronounce them right. Where they
// agree no attribute is added, which keeps the DOM as it was. Pages that know the framework set its
// language once with <FrameworkLang>; the widgets below read it.
import { createContext, type ReactNode, useContext } from "react";
import { useShownLang } from "../toolkit/i18n.tsx";

const FrameworkLangContext = createContext<string | undefined>(undefined);

export function FrameworkLang({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  return <FrameworkLangContext.Provider value={lang}>{children}</FrameworkLangContext.Provider>;
}

/** The framework's language for a lang attribute, or undefined where it is the interface's own. */
export function useFrameworkLang(): string | undefined {
  const framework = useContext(FrameworkLangContext);
  const lang = useShownLang();
  return framework && framework !== lang ? framework : undefined;
}

/**
 * Framework words inline, e.g. a question inside a legend that also holds "(optional)". A span only
 * where it has something to carry: same language and no class leaves the words as they are.
 */
export function FrameworkText({ children, className }: { children: ReactNode; className?: string }) {
  const lang = useFrameworkLang();
  return lang || className ? <span lang={lang} className={className}>{children}</span> : <>{children}</>;
}

/**
 * A sentence of the interface with framework words in one slot: `sentence` is a message whose
 * placeholder `{slot}` was left unfilled (t("percent", { value: 30 }) gives "{label} 30%"), so the
 * wording stays in the dictionary while the framework words get their own lang.
 */
export function WithFrameworkWords({ sentence, slot, words }: { sentence: string; slot: string; words: string }) {
  const [before, ...after] = sentence.split(`{${slot}}`);
  if (after.length === 0) return <>{sentence}</>;
  return <>{before}<FrameworkText>{words}</FrameworkText>{after.join(words)}</>;
}
