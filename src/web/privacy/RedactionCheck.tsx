// Before staff save a text others will read (a booklet, intervisie conclusions, a follow-up, a
// collection's name), they see what the server will remove, as a teller does before sending
// (same preview route, same marking). The first save shows it; saving the same texts again goes
// through. The server redacts either way: this is so the writer knows, and can still rephrase.
import "@utrecht/heading-2-css/dist/index.css";
import "@utrecht/heading-3-css/dist/index.css";
import "@utrecht/heading-4-css/dist/index.css";
import "@utrecht/paragraph-css/dist/index.css";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { previewRedaction, type ReviewedPiece } from "../tell/redaction.ts";
import { privacyMessages } from "./messages.ts";
import { RedactedText } from "./RedactedText.tsx";

type Text = { name: string; original: string };

/** The check before saving, for any input the server can preview (some texts, a whole framework). */
export function useCheckBeforeSaving<Input>(preview: (input: Input) => Promise<ReviewedPiece[]>) {
  const [pieces, setPieces] = useState<ReviewedPiece[]>([]);
  const [shownFor, setShownFor] = useState<string>();
  /** True when the input may be saved: nothing would be removed, or the writer has seen what will be. */
  const check = async (input: Input): Promise<boolean> => {
    const key = JSON.stringify(input);
    if (key === shownFor) return true;
    const found = await preview(input);
    setPieces(found);
    setShownFor(found.length > 0 ? key : undefined);
    return found.length === 0;
  };
  return { check, pieces, done: () => { setPieces([]); setShownFor(undefined); } };
}

const previewTexts = (texts: Text[]) => previewRedaction(texts.filter((t) => t.original.trim() !== ""));

export const useRedactionCheck = () => useCheckBeforeSaving(previewTexts);

interface Props {
  pieces: ReviewedPiece[];
  labelOf: (name: string) => ReactNode;
  /** The check's heading level: one below the heading of the section the form sits in. */
  level?: 2 | 3 | 4;
}

export function RedactionCheck({ pieces, labelOf, level = 2 }: Props) {
  const t = useT(privacyMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (pieces.length > 0) heading.current?.focus(); }, [pieces]);
  if (pieces.length === 0) return null;
  const Heading = `h${level}` as const;
  return (
    <section className="vp-redaction-check" aria-labelledby="vp-redaction-check">
      <Heading ref={heading} tabIndex={-1} id="vp-redaction-check" className={`utrecht-heading-${level}`}>{t("checkTitle")}</Heading>
      <p className="utrecht-paragraph">{t("checkWhy")}</p>
      {pieces.map((piece) => (
        <div key={piece.name}>
          <p className="utrecht-paragraph"><strong>{labelOf(piece.name)}</strong></p>
          <RedactedText original={piece.original} findings={piece.findings} />
        </div>
      ))}
      <p className="utrecht-paragraph">{t("checkAsk")}</p>
    </section>
  );
}
