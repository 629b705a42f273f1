// A confirmation kept as its message key, not as text, so it follows a language switch.
import { useState } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { sectorAdminMessages } from "./messages.ts";

type Key = keyof typeof sectorAdminMessages & string;
type Params = Record<string, string | number>;

export function useStatus() {
  const t = useT(sectorAdminMessages);
  const [said, setSaid] = useState<{ key: Key; params?: Params }>();
  return {
    text: said && t(said.key, said.params),
    say: (key: Key, params?: Params) => setSaid({ key, params }),
    clear: () => setSaid(undefined),
  };
}
