// What stands out in the sector: answers of the situation × intervention × outcome table that go
// together more or less often than elsewhere, beyond chance and the noise. Each finding is one
// sentence with both shares and the difference with its ±, so no chart is needed to read it.
import type { SectorDiscovery } from "../../contract/sectors.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { queryString, useResource } from "../toolkit/useResource.ts";
import { differenceText, shareText } from "./format.ts";
import { sectorMessages } from "./messages.ts";

export function SectorDiscoverySection({ path, period }: { path: string; period: { from: string; to: string } }) {
  const t = useT(sectorMessages);
  const result = useResource<SectorDiscovery>(`${path}/discovery${queryString({ from: period.from || undefined, to: period.to || undefined })}`);
  return (
    <section className="vp-card vp-stack" aria-labelledby="sector-opvallend" data-testid="sector-discovery">
      <h2 className="utrecht-heading-2" id="sector-opvallend">{t("discovery")}</h2>
      <p className="utrecht-paragraph">{t("discoveryIntro")}</p>
      <Loaded resource={result}>{(data) => <Findings discovery={data} />}</Loaded>
    </section>
  );
}

function Findings({ discovery }: { discovery: SectorDiscovery }) {
  const t = useT(sectorMessages);
  const { lang } = useLang();
  const percent = (share: number) => shareText(share, lang)!;
  const { findings, tested, skipped, smallGroup } = discovery;
  return (
    <>
      {findings.length === 0 ? <p className="utrecht-paragraph">{t("discoveryNone", { tested })}</p> : (
        <ul className="vp-stack vp-plain-list">
          {findings.map((f) => (
            <li key={`${f.given.question}|${f.given.answer}|${f.then.question}|${f.then.answer}`} className="vp-card">
              <p className="utrecht-paragraph">
                <strong>{t(f.difference > 0 ? "discoveryMore" : "discoveryLess", { given: f.given.answer, then: f.then.answer })}</strong>
              </p>
              <p className="utrecht-paragraph">
                {t("discoveryFigures", {
                  given: f.given.answer, then: f.then.answer, share: percent(f.share), other: percent(f.otherShare), n: f.n,
                  difference: differenceText(f.difference, lang)!, plusMinus: percent(f.plusMinus),
                })}
              </p>
              <p className="vp-muted">{f.given.question} · {f.then.question}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="vp-muted">
        {t("discoveryTested", { tested })}
        {skipped > 0 && <> {t("discoverySkipped", { skipped, k: smallGroup })}</>}
        {findings.length > 0 && <> {t("discoveryChance")}</>}
      </p>
    </>
  );
}
