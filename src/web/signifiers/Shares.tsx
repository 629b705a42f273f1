// "Vooral ik 30%, Vooral de inwoner 70%": the shares of a dyad, stone or triad in words. As one
// string for aria-valuetext (an attribute cannot mark the language of a part), and as visible text
// with each framework label in the framework's language ("percent" keeps the wording either way).
import { Fragment } from "react";
import { useT } from "../toolkit/i18n.tsx";
import { WithFrameworkWords } from "./frameworkLang.tsx";
import { messages } from "./messages.ts";

export interface Share {
  label: string;
  value: number;
}

export function useSharesText() {
  const t = useT(messages);
  return (shares: Share[]) => shares.map((s) => t("percent", { label: s.label, value: s.value })).join(", ");
}

export function Shares({ shares }: { shares: Share[] }) {
  const t = useT(messages);
  return (
    <>
      {shares.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && ", "}
          <WithFrameworkWords sentence={t("percent", { value: s.value })} slot="label" words={s.label} />
        </Fragment>
      ))}
    </>
  );
}
