// How many of the organization's stories the booklet may quote, and why the others may not.
import { localeOf } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { bookletMessages } from "./messages.ts";
import type { Quotability, TellerRole } from "../../contract/booklets.ts";

const roleKey = { client: "roleClient", professional: "roleProfessional", resident: "roleResident", unknown: "roleUnknown" } as const satisfies Record<TellerRole, string>;

/** "een inwoner" and the like, in the reader's language. */
export function useRoleName() {
  const t = useT(bookletMessages);
  return (role: TellerRole) => t(roleKey[role]);
}

export function QuotingSummary({ quoting }: { quoting: Quotability }) {
  const t = useT(bookletMessages);
  const { lang } = useLang();
  const n = (value: number) => value.toLocaleString(localeOf(lang));
  const reasons = ([
    ["quotingNoConsent", quoting.noQuotingConsent],
    ["quotingWithdrawn", quoting.withdrawn],
    ["quotingErased", quoting.erased],
  ] as const).filter(([, count]) => count > 0);
  return (
    <section className="vp-booklet__quoting" aria-labelledby="citeren">
      <h2 className="utrecht-heading-2" id="citeren">{t("quotingTitle")}</h2>
      <p className="utrecht-paragraph">{t("quotingSummary", { stories: n(quoting.stories), quotable: n(quoting.quotable) })}</p>
      {reasons.length > 0 && (
        <>
          <p className="utrecht-paragraph">{t("quotingWhy")}</p>
          <ul className="vp-booklet__reasons">
            {reasons.map(([key, count]) => <li key={key}>{t(key, { count: n(count) })}</li>)}
          </ul>
        </>
      )}
      {quoting.leftOut > 0 && <p className="utrecht-paragraph vp-booklet__left-out">{t("quotingLeftOut", { count: n(quoting.leftOut) })}</p>}
    </section>
  );
}
