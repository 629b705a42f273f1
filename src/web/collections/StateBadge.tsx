import { useT } from "../toolkit/i18n.tsx";
import type { CollectionState } from "../../contract/collections.ts";
import { stateLabels } from "./labels.ts";
import { collectionMessages } from "./messages.ts";

export function StateBadge({ state }: { state: CollectionState }) {
  const t = useT(collectionMessages);
  return <span className={`vp-badge vp-badge--${state}`}>{t(stateLabels[state])}</span>;
}
