// The tokens that are not revoked: name, owner (admins see everyone's), scope, expiry, last use.
import type { ApiToken } from "../../contract/api-tokens.ts";
import { formatDate } from "../toolkit/format.ts";
import { useLang, useT } from "../toolkit/i18n.tsx";
import { tokenMessages } from "./messages.ts";
import { RevokeToken } from "./RevokeToken.tsx";
import { scopeLabels } from "./scopes.ts";

export function TokenTable({ tokens, showOwner, onRevoked }: { tokens: ApiToken[]; showOwner: boolean; onRevoked: (token: ApiToken) => void }) {
  const t = useT(tokenMessages);
  const { lang } = useLang();
  if (tokens.length === 0) return <p className="utrecht-paragraph vp-muted">{t("listEmpty")}</p>;
  const expiry = (at: string | null) => !at ? t("noExpiry") : new Date(at) < new Date() ? t("expired", { date: formatDate(at, lang) }) : formatDate(at, lang);
  return (
    // Scrolls sideways on a phone; focusable so keyboard users can scroll it too.
    <div className="vp-table-scroll" role="region" aria-labelledby="tokens-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table vp-table">
        <caption className="utrecht-table__caption vp-visually-hidden" id="tokens-caption">{t("listCaption")}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("colName")}</th>
            {showOwner && <th className="utrecht-table__header-cell" scope="col">{t("colOwner")}</th>}
            <th className="utrecht-table__header-cell" scope="col">{t("colScope")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colExpires")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colLastUsed")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("colAction")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {tokens.map((token) => (
            <tr className="utrecht-table__row" key={token.id}>
              <th className="utrecht-table__header-cell" scope="row">{token.name}</th>
              {showOwner && <td className="utrecht-table__cell">{token.owner.name}</td>}
              <td className="utrecht-table__cell">{token.scope ? t(scopeLabels[token.scope]) : t("asOwner")}</td>
              <td className="utrecht-table__cell">{expiry(token.expiresAt)}</td>
              <td className="utrecht-table__cell">{token.lastUsedAt ? formatDate(token.lastUsedAt, lang) : t("never")}</td>
              <td className="utrecht-table__cell"><RevokeToken id={token.id} name={token.name} onRevoked={() => onRevoked(token)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
