// A text as others will read it: personal data replaced by placeholders, each marked. Shared by the
// teller's review (tell/RedactionReview.tsx) and the staff forms' check (RedactionCheck.tsx).
import "@utrecht/mark-css/dist/index.css";
import "./redacted.css";
import { type Finding, redactedSegments } from "../tell/redaction.ts";

export function RedactedText({ original, findings }: { original: string; findings: readonly Finding[] }) {
  return (
    <p className="utrecht-paragraph vp-redacted__text">
      {redactedSegments(original, findings).map((s, i) => (s.hidden ? <mark key={i} className="utrecht-mark vp-redacted__mark">{s.text}</mark> : s.text))}
    </p>
  );
}
