// A list of answers (choice options, stones) to name, reorder, add and remove.
import { TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { move, newItem, removeAt, replaceAt } from "./draft.ts";
import { ItemToolbar } from "./ItemToolbar.tsx";
import { frameworkMessages } from "./messages.ts";

type Item = { id: string; label: string };

interface ItemsEditorProps {
  legend: string;
  /** API name of the list, e.g. "signifiers.4.options". */
  name: string;
  items: Item[];
  onChange: (items: Item[]) => void;
  /** The schema's minimum (choice: 2, stones: 1); no remove buttons at the minimum. */
  min: number;
  max: number;
  itemLabel: "option" | "item";
  addLabel: "addOption" | "addItem";
  /** "Vraag 3", to make labels in the error summary unambiguous. */
  owner: string;
}

export function ItemsEditor({ legend, name, items, onChange, min, max, itemLabel, addLabel, owner }: ItemsEditorProps) {
  const t = useT(frameworkMessages);
  const addId = `${name}-add`.replace(/\./g, "-");
  return (
    <FieldGroup legend={legend}>
      <ol className="vp-items">
        {items.map((item, index) => {
          const label = t(itemLabel, { n: index + 1 });
          return (
            <li key={item.id} className="vp-items__row">
              <TextField name={`${name}.${index}.label`} label={label} summaryLabel={`${owner}: ${label}`} value={item.label}
                onChange={(text) => onChange(replaceAt(items, index, { ...item, label: text }))} required maxLength={200} autoComplete="off" />
              <ItemToolbar idBase={`${name}-${item.id}`.replace(/\./g, "-")} name={label} index={index} count={items.length}
                onMove={(step) => onChange(move(items, index, step))} focusAfterRemove={addId}
                onRemove={items.length > min ? () => onChange(removeAt(items, index)) : undefined} compact />
            </li>
          );
        })}
      </ol>
      {items.length < max && (
        <button type="button" id={addId} className="utrecht-button utrecht-button--secondary-action vp-add" onClick={() => onChange([...items, newItem()])}>
          <span aria-hidden="true">+ </span>{t(addLabel)}
        </button>
      )}
    </FieldGroup>
  );
}
