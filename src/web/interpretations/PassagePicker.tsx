// Marking passages of the story while interpreting it, each with a comment. Two ways in, so nobody
// depends on a mouse: select words in the story text and press "Markeer geselecteerde tekst" (with
// the keyboard: caret browsing or a screen reader's select command), or type or paste the words and
// press "Zoek en markeer". Offsets are counted in the story text itself, as the API checks them.
import "@utrecht/button-css/dist/index.css";
import "@utrecht/mark-css/dist/index.css";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { fieldId, useFormState } from "../toolkit/forms/context.ts";
import { TextAreaField, TextField } from "../toolkit/forms/Field.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { interpretationMessages } from "./messages.ts";
import { findPassage, type Passage, passageAt } from "./passages.ts";

/** The story text as the API stores it, its language, and the element on the page that shows it. */
export interface PassageSource {
  text: string;
  lang: string;
  elementId: string;
}

export interface MarkedPassage extends Passage {
  /** Keeps each comment field in place when an earlier passage is removed. */
  key: number;
  comment: string;
}

let lastKey = 0;
export const markPassage = (passage: Passage): MarkedPassage => ({ ...passage, key: ++lastKey, comment: "" });

/** The selection inside the story text as offsets into the story text; a selection running past it is cut at its edges. */
function selectedPassage(text: string, elementId: string): Passage | undefined {
  const element = document.getElementById(elementId);
  const selection = document.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(element)) return undefined;
  const whole = document.createRange();
  whole.selectNodeContents(element);
  const offsetOf = (node: Node, offset: number) => {
    const upTo = whole.cloneRange();
    upTo.setEnd(node, offset);
    return upTo.toString().length;
  };
  const start = range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 ? 0 : offsetOf(range.startContainer, range.startOffset);
  const end = range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? whole.toString().length : offsetOf(range.endContainer, range.endOffset);
  // The element shows the story text as it is; should it ever differ, the selected words are looked up instead.
  return element.textContent === text ? passageAt(text, start, end) : findPassage(text, range.toString());
}

export function PassagePicker({ source, passages, onChange, typed, onTyped }: {
  source: PassageSource; passages: MarkedPassage[]; onChange: (passages: MarkedPassage[]) => void; typed: string; onTyped: (typed: string) => void;
}) {
  const t = useT(interpretationMessages);
  const { formId } = useFormState();
  const introId = `${useId()}-intro`;
  const markButton = useRef<HTMLButtonElement>(null);
  const lastSelected = useRef<Passage | undefined>(undefined);
  const focusKey = useRef<number | undefined>(undefined);
  const [problem, setProblem] = useState<string>();
  const [spoken, setSpoken] = useState("");
  const { text, elementId } = source;

  // Reaching the button with the keyboard may drop the selection; the last one made in the story counts.
  useEffect(() => {
    const remember = () => {
      const passage = selectedPassage(text, elementId);
      if (passage) lastSelected.current = passage;
    };
    document.addEventListener("selectionchange", remember);
    return () => document.removeEventListener("selectionchange", remember);
  }, [text, elementId]);

  // A new passage's comment field takes focus once it is there.
  useEffect(() => {
    const index = passages.findIndex((p) => p.key === focusKey.current);
    if (index < 0) return;
    focusKey.current = undefined;
    document.getElementById(fieldId(formId, `annotations.${index}.comment`))?.focus();
  }, [passages, formId]);

  const mark = (passage: Passage | undefined, problemText: string) => {
    setProblem(passage ? undefined : problemText);
    if (!passage) return false;
    const marked = markPassage(passage);
    focusKey.current = marked.key;
    onChange([...passages, marked]);
    setSpoken(t("passageAdded", { quote: passage.quote }));
    return true;
  };
  const markTyped = () => {
    if (mark(findPassage(text, typed), t(typed.trim() ? "passageNotFound" : "typeFirst"))) onTyped("");
  };
  const markSelection = () => {
    mark(selectedPassage(text, elementId) ?? lastSelected.current, t("selectFirst"));
    // Marked once; pressing again needs a selection again.
    lastSelected.current = undefined;
  };
  const remove = (key: number) => {
    onChange(passages.filter((p) => p.key !== key));
    markButton.current?.focus();
  };

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-passage-picker" aria-describedby={introId}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("passagesLegend")}</legend>
      <p id={introId} className="utrecht-paragraph">{t("passagesIntro")}</p>
      <p className="vp-passage-picker__actions">
        <button
          ref={markButton} type="button" className="utrecht-button utrecht-button--secondary-action"
          // A mouse press would move focus and could clear the selection before the click reads it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={markSelection}
        >
          {t("markSelection")}
        </button>
      </p>
      <TextField
        name="passageSearch" label={t("passageSearch")} value={typed} onChange={onTyped} optional maxLength={2000}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          // Enter here finds the words instead of sending the whole reading.
          if (e.key !== "Enter") return;
          e.preventDefault();
          markTyped();
        }}
      />
      <p className="vp-passage-picker__actions">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={markTyped}>{t("findAndMark")}</button>
      </p>
      {problem && <p role="alert" className="utrecht-form-field-error-message">{problem}</p>}
      <p className="vp-visually-hidden" aria-live="polite">{spoken}</p>
      {passages.length > 0 && (
        <ol className="vp-passage-picker__list">
          {passages.map((p, i) => (
            <li key={p.key} className="vp-passage-picker__item">
              <p className="utrecht-paragraph">
                <span className="vp-muted">{t("passageN", { n: i + 1 })}: </span>
                <mark className="utrecht-mark" lang={source.lang}>{p.quote}</mark>
              </p>
              <TextAreaField
                name={`annotations.${i}.comment`} label={t("passageComment", { n: i + 1 })} value={p.comment} optional maxLength={1000} rows={2}
                onChange={(comment) => onChange(passages.map((q) => (q.key === p.key ? { ...q, comment } : q)))}
              />
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => remove(p.key)}>
                {t("removePassage", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}
