/** The secret in a mailed link's fragment (/uitnodiging#…): it never reaches a server log or a Referer header. */
export const linkSecret = () => window.location.hash.slice(1);
