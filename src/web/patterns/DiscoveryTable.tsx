// Pattern discovery: every pair of questions tested, the associations with q ≤ alpha, strongest first.
import type { Signifier } from "../../core/framework.ts";
import { associationSentence } from "../../core/patterns/plain.ts";
import { Loaded } from "../toolkit/feedback.tsx";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { Link } from "../toolkit/router.tsx";
import { useResource } from "../toolkit/useResource.ts";
import { type DashboardFilter, type DashboardScope, patternQuery, scopePath } from "./filters.ts";
import { formatEffect, formatQ, variableLabel } from "./labels.ts";
import { type MessageKey, patternMessages } from "./messages.ts";
import { Facts, NotYet, Said } from "./Plain.tsx";
import type { Discoveries } from "../../contract/patterns.ts";
import { useRefresh } from "../toolkit/live.ts";

const cell = "utrecht-table__cell";
const header = "utrecht-table__header-cell";

interface DiscoverySectionProps {
  scope: DashboardScope;
  signifiers: Signifier[];
  filter: DashboardFilter;
  version: number;
  /** The two variables of a pattern, to see side by side in a table; none where they cannot be. */
  crosstabOf?: (a: string, b: string) => (() => void) | undefined;
  /** Where to record a follow-up on a pattern between two variables, if the reader may and it has a choice question. */
  followUpOf?: (a: string, b: string) => string | undefined;
}

export function DiscoverySection({ scope, signifiers, filter, version, crosstabOf, followUpOf }: DiscoverySectionProps) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  const resource = useResource<Discoveries>(`${scopePath(scope)}/pattern-discoveries${patternQuery(filter)}`);
  useRefresh(resource.reload, version);
  return (
    <section className="vp-card vp-stack" aria-labelledby="ontdekt">
      <h2 className="utrecht-heading-2" id="ontdekt">{t("discoveries")}</h2>
      <Loaded resource={resource}>
        {(result) => (
          <>
            <p className="utrecht-paragraph">{t("discoveriesIntro", { alpha: formatEffect(result.alpha, lang) })}</p>
            {result.patterns.length === 0 ? <NotYet perGroup={Math.floor((result.stories ?? 0) / 2)} lead={t("discoveriesStories", { tested: result.tested })} /> : (
              <>
                <ul className="vp-said-list" data-testid="discoveries">
                  {result.patterns.map((p) => (
                    <li key={`${p.a}|${p.b}`}>
                      <Said sentence={associationSentence(variableLabel(signifiers, p.a), variableLabel(signifiers, p.b), p.effect, p.q, lang)}
                        actions={<PatternActions show={crosstabOf?.(p.a, p.b)} followUp={followUpOf?.(p.a, p.b)} name={`${variableLabel(signifiers, p.a)} — ${variableLabel(signifiers, p.b)}`} />}>
                        <Facts facts={[
                          [t("n"), String(p.n)], [t("test"), t(p.test as MessageKey)], [t(p.effect.measure), formatEffect(p.effect.value, lang)],
                          [t("pValue"), formatQ(p.pValue, lang)], [t("q"), formatQ(p.q, lang)],
                        ]} />
                      </Said>
                    </li>
                  ))}
                </ul>
                <details className="vp-chart__table">
                  <summary>{t("allNumbers")}</summary>
                  <DiscoveryTable result={result} signifiers={signifiers} />
                </details>
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** What one can do with a discovered pattern: see its two questions in a table, record a follow-up. */
function PatternActions({ show, followUp, name }: { show?: () => void; followUp?: string; name: string }) {
  const t = useT(patternMessages);
  if (!show && !followUp) return null;
  const named = <span className="vp-visually-hidden">: {name}</span>;
  return (
    <>
      {show && <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={show}>{t("showInCrosstab")}{named}</button>}
      {followUp && <Link to={followUp}>{t("recordFollowUp")}{named}</Link>}
    </>
  );
}

function DiscoveryTable({ result, signifiers }: { result: Discoveries; signifiers: Signifier[] }) {
  const t = useT(patternMessages);
  const { lang } = useLang();
  return (
    <div className="vp-table-scroll" role="region" aria-labelledby="ontdekt-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption" id="ontdekt-caption">{t("discoveriesCaption", { tested: result.tested })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {(["questionA", "questionB", "n", "test", "effect", "q"] as const).map((key) => <th key={key} className={header} scope="col">{t(key)}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.patterns.map((p) => (
            <tr key={`${p.a}|${p.b}`} className="utrecht-table__row">
              <th className={header} scope="row">{variableLabel(signifiers, p.a)}</th>
              <td className={cell}>{variableLabel(signifiers, p.b)}</td>
              <td className={`${cell} vp-number`}>{p.n}</td>
              <td className={cell}>{t(p.test as MessageKey)}</td>
              <td className={`${cell} vp-number`}>{t(p.effect.measure)} = {formatEffect(p.effect.value, lang)}</td>
              <td className={`${cell} vp-number`}>{formatQ(p.q, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
