// The teller's mirror right after telling (and on the receipt page): per question, the collection's
// distribution with the own answer marked, and a question to think about. Loaded on demand. The
// questions and labels are the framework's, marked in its language where the page speaks another.
import "./reflection.css";
import { type ReactNode, useEffect, useState } from "react";
import type { Reflection as ReflectionAnswer, ReflectionItem } from "../../contract/reflections.ts";
import { api } from "../toolkit/api.ts";
import { useT } from "../toolkit/i18n.tsx";
import { FrameworkLang, FrameworkText, useFrameworkLang, WithFrameworkWords } from "../signifiers/frameworkLang.tsx";
import { TriadPlot } from "../signifiers/TriadPlot.tsx";
import type { Weights } from "../../core/triad.ts";
import { reflectionMessages } from "./reflectionMessages.ts";

type Item = ReflectionItem;

function promptText(item: Item, t: ReturnType<typeof useT<typeof reflectionMessages>>): ReactNode {
  const { code, corner } = item.prompt;
  if (code === "towardsCorner" && item.type === "triad") return <WithFrameworkWords sentence={t("towardsCorner")} slot="label" words={item.labels[corner ?? 0]!} />;
  if ((code === "lowEnd" || code === "highEnd") && item.type === "dyad") return <WithFrameworkWords sentence={t(`${code}Dyad`)} slot="label" words={item.labels[code === "lowEnd" ? 0 : 1]!} />;
  if (code === "lowEnd" || code === "highEnd") return t(`${code}Scale`);
  return t(code === "towardsCorner" ? "typical" : code);
}

/** Bars of how many stories gave each position; the teller's own bar is marked in words and in shape. */
/** A hidden count (null: 1 … k − 1 stories) shows as an empty bar, in words "a few stories". */
function Histogram({ bars }: { bars: { label: string; count: number | null; own: boolean }[] }) {
  const t = useT(reflectionMessages);
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  return (
    <ul className="vp-reflection__bars" aria-label={t("histogramLabel")}>
      {bars.map((bar, i) => (
        <li key={i} className={`vp-reflection__bar${bar.own ? " vp-reflection__bar--own" : ""}`}>
          <span className="vp-reflection__fill" style={{ blockSize: `${((bar.count ?? 0) / max) * 100}%` }} />
          <span className="vp-visually-hidden">{bar.label}: {bar.count === null ? t("fewBin") : t("binLabel", { count: bar.count })} {bar.own ? t("yours") : ""}</span>
        </li>
      ))}
    </ul>
  );
}

function Picture({ item }: { item: Item }) {
  const t = useT(reflectionMessages);
  const lang = useFrameworkLang();
  if (item.type === "triad") {
    return <TriadPlot labels={item.labels} shading={item.density} title={item.question} marks={[{ weights: item.own as Weights, kind: "mine", label: t("yourStory") }]} />;
  }
  if (item.type === "dyad" && item.counts) {
    const own = Math.min(item.counts.length - 1, Math.floor(item.own * item.counts.length));
    return (
      <div className="vp-reflection__dyad">
        <Histogram bars={item.counts.map((count, i) => ({ label: `${Math.round(item.edges[i]! * 100)}–${Math.round(item.edges[i + 1]! * 100)}%`, count, own: i === own }))} />
        <div className="vp-reflection__ends" aria-hidden="true"><span lang={lang}>{item.labels[0]}</span><span lang={lang}>{item.labels[1]}</span></div>
      </div>
    );
  }
  if (item.type === "scale" && item.values) {
    return <Histogram bars={item.values.map((v) => ({ label: String(v.value), count: v.count, own: v.value === item.own }))} />;
  }
  return null;
}

export default function Reflection({ path }: { path: string }) {
  const t = useT(reflectionMessages);
  const [reflection, setReflection] = useState<{ language: string; items: Item[] } | "failed">();
  useEffect(() => {
    api<ReflectionAnswer>(path).then(setReflection, () => setReflection("failed"));
  }, [path]);
  if (reflection === undefined) return <p className="utrecht-paragraph" role="status">{t("loading")}</p>;
  if (reflection === "failed") return <p className="utrecht-paragraph">{t("failed")}</p>;
  const { language, items } = reflection;
  if (items.length === 0) return null;
  // The questions are the framework's, also on the receipt page, which knows no framework of its own.
  return (
    <FrameworkLang lang={language}>
      <section className="vp-reflection" aria-labelledby="spiegel">
        <h2 className="utrecht-heading-2" id="spiegel">{t("title")}</h2>
        <p className="utrecht-paragraph">{t("intro")}</p>
        {items.map((item) => (
          <div key={item.signifierId} className="vp-reflection__item">
            <h3 className="utrecht-heading-3"><FrameworkText>{item.question}</FrameworkText></h3>
            <Picture item={item} />
            {item.type === "triad" && item.density && item.answered !== null && <p className="utrecht-paragraph vp-reflection__note">{t("others", { count: item.answered })}</p>}
            <p className="utrecht-paragraph vp-reflection__prompt">{promptText(item, t)}</p>
          </div>
        ))}
      </section>
    </FrameworkLang>
  );
}
