// Move up, move down and remove, for prompts, questions and answers. Moving re-inserts the element
// in the DOM, which drops focus; so focus is put back on the button that was pressed, and after a
// removal it goes to a stable place nearby (focusAfterRemove).
import { useT } from "../toolkit/i18n.tsx";
import { frameworkMessages } from "./messages.ts";

interface ItemToolbarProps {
  /** Unique and stable across moves: the item's id. */
  idBase: string;
  /** How the buttons name the item to screen readers: "Vraag 3", "Antwoord 2". */
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove?: () => void;
  focusAfterRemove: string;
  /** Icons only (the words stay for screen readers), for rows of short answers. */
  compact?: boolean;
}

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function ItemToolbar({ idBase, name, index, count, onMove, onRemove, focusAfterRemove, compact }: ItemToolbarProps) {
  const t = useT(frameworkMessages);
  // The visible word comes first in the accessible name ("Omhoog (Vraag 3)"), as WCAG 2.5.3 asks.
  const button = (id: string, icon: string, text: string, disabled: boolean, action: () => void) => (
    <button type="button" id={id} className={`utrecht-button utrecht-button--subtle vp-tool${compact ? " vp-tool--icon" : ""}`}
      title={compact ? text : undefined} aria-disabled={disabled || undefined} onClick={() => !disabled && action()}>
      <span aria-hidden="true">{icon}</span>
      <span className={compact ? "vp-visually-hidden" : "vp-tool__text"}> {text}</span>
      <span className="vp-visually-hidden"> ({name})</span>
    </button>
  );
  return (
    <div className="vp-toolbar">
      {count > 1 && button(`${idBase}-up`, "↑", t("moveUp"), index === 0, () => {
        onMove(-1);
        focusLater(index === 1 ? `${idBase}-down` : `${idBase}-up`);
      })}
      {count > 1 && button(`${idBase}-down`, "↓", t("moveDown"), index === count - 1, () => {
        onMove(1);
        focusLater(index === count - 2 ? `${idBase}-up` : `${idBase}-down`);
      })}
      {onRemove && button(`${idBase}-remove`, "×", t("remove"), false, () => {
        onRemove();
        focusLater(focusAfterRemove);
      })}
    </div>
  );
}
