// A pictogram beside words: decoration for sighted readers (aria-hidden), as the words say it all.
import "./pictogram.css";
import { pictogramSvg } from "./pictograms.ts";

export function Pictogram({ name, size = "md" }: { name: string | undefined; size?: "md" | "lg" }) {
  const svg = pictogramSvg(name);
  if (!svg) return null;
  return <span className={`vp-pictogram vp-pictogram--${size}`} aria-hidden="true" data-pictogram={name} dangerouslySetInnerHTML={{ __html: svg }} />;
}
