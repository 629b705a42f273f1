// The prompts a teller chooses from ("Vertel over een moment waarop…").
import { TextAreaField } from "../toolkit/forms/Field.tsx";
import { useT } from "../toolkit/i18n.tsx";
import type { Prompt } from "../../contract/frameworks.ts";
import { move, newPrompt, removeAt, replaceAt } from "./draft.ts";
import { ItemToolbar } from "./ItemToolbar.tsx";
import { frameworkMessages } from "./messages.ts";

export function PromptsEditor({ prompts, onChange }: { prompts: Prompt[]; onChange: (prompts: Prompt[]) => void }) {
  const t = useT(frameworkMessages);
  return (
    <>
      <ol className="vp-items">
        {prompts.map((prompt, index) => {
          const label = t("prompt", { n: index + 1 });
          return (
            <li key={prompt.id} className="vp-items__row">
              <TextAreaField name={`prompts.${index}.text`} label={label} value={prompt.text} rows={2} required maxLength={1000}
                onChange={(text) => onChange(replaceAt(prompts, index, { ...prompt, text }))} />
              <ItemToolbar idBase={`vertelvraag-${prompt.id}`} name={label} index={index} count={prompts.length}
                onMove={(step) => onChange(move(prompts, index, step))} focusAfterRemove="vertelvraag-toevoegen"
                onRemove={prompts.length > 1 ? () => onChange(removeAt(prompts, index)) : undefined} />
            </li>
          );
        })}
      </ol>
      {prompts.length < 20 && (
        <button type="button" id="vertelvraag-toevoegen" className="utrecht-button utrecht-button--secondary-action vp-add"
          onClick={() => onChange([...prompts, newPrompt()])}>
          <span aria-hidden="true">+ </span>{t("addPrompt")}
        </button>
      )}
    </>
  );
}
